using AllianceCompliance.Engine;
using AllianceCompliance.Loading;
using AllianceCompliance.Model;
using AllianceCompliance.Rules;
using BenchmarkDotNet.Attributes;

namespace AllianceCompliance.Benchmarks;

/// <summary>One agreement of a given size: reading it, evaluating the rules on it, and both (the library's CheckText).</summary>
[MemoryDiagnoser]
public class CheckBenchmarks
{
    private readonly AgreementLoader loader = new();
    private string yaml = string.Empty;
    private AgreementDocument document = null!;
    private AgreementChecker checker = null!;
    private RuleSet rules = null!;

    [Params(AgreementGenerator.Typical, 1_000, 10_000)]
    public int Members { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        yaml = AgreementGenerator.Generate(Members);
        rules = GuidingOpinions.RuleSet;
        checker = new AgreementChecker(rules);
        document = loader.Load(yaml).Document ?? throw new InvalidOperationException("The generated agreement does not load.");
    }

    [Benchmark]
    public LoadResult LoadOnly() => loader.Load(yaml);

    [Benchmark]
    public int EvaluateOnly() => rules.Evaluate(document).Length;

    [Benchmark]
    public Reporting.DocumentReport EndToEnd() => checker.CheckText(yaml);
}
