using System.Collections.Concurrent;
using AllianceCompliance.Reporting;
using AllianceCompliance.Rules;

namespace AllianceCompliance.Tests.Robustness;

/// <summary>One compiled rule set, many threads: the same results as one thread, document for document.</summary>
public sealed class ConcurrencyTests
{
    private const int Repeats = 8;

    [Test]
    public void Check_SamplesFromManyThreadsWithOneRuleSet_GivesTheSequentialResults()
    {
        var samples = Repository.SampleAgreements()
            .Select(path => (Path: Path.GetFileName(path), Bytes: File.ReadAllBytes(path)))
            .Append((Path: "with-one-finding.yaml", Bytes: System.Text.Encoding.UTF8.GetBytes(Agreements.WithOneFinding)))
            .ToArray();
        var sequential = samples.ToDictionary(s => s.Path, s => Serialize(Agreements.Checker.Check(s.Bytes, s.Path)));
        var work = Enumerable.Repeat(samples, Repeats).SelectMany(s => s).OrderBy(_ => Random.Shared.Next()).ToArray();
        var concurrent = new ConcurrentBag<(string Path, string Json)>();

        Parallel.ForEach(work, new ParallelOptions { MaxDegreeOfParallelism = 8 }, sample =>
            concurrent.Add((sample.Path, Serialize(Agreements.Checker.Check(sample.Bytes, sample.Path)))));

        concurrent.Count.ShouldBe(samples.Length * Repeats);
        foreach (var (path, json) in concurrent)
        {
            json.ShouldBe(sequential[path], $"{path} checked concurrently differs from the sequential result");
        }

        sequential.Values.ShouldContain(json => json.Contains("\"ruleId\"", StringComparison.Ordinal), "at least one sample must have findings to compare");
    }

    private static string Serialize(DocumentReport document)
    {
        var output = new StringWriter();
        new JsonReportWriter().Write(new CheckReport("0.0.0", GuidingOpinions.Id, GuidingOpinions.Version, [document]), output, new ReportOptions());
        return output.ToString();
    }
}
