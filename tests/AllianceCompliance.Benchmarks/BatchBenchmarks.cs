using AllianceCompliance.Rules;
using BenchmarkDotNet.Attributes;

namespace AllianceCompliance.Benchmarks;

/// <summary>A batch of typical agreements checked with one compiled rule set, on one core or two.</summary>
public class BatchBenchmarks
{
    private string[] agreements = [];
    private AgreementChecker checker = null!;

    [Params(1, 2)]
    public int Cores { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        agreements = Batch.Agreements(Batch.Size);
        checker = new AgreementChecker(GuidingOpinions.RuleSet);
    }

    [Benchmark]
    public int CheckBatch() => Batch.Check(checker, agreements, Cores);
}
