namespace AllianceCompliance.Benchmarks;

/// <summary>The batch scenario: many typical agreements, checked in parallel with one checker.</summary>
public static class Batch
{
    public const int Size = 1_000;

    /// <summary>Distinct typical agreements (10 to 30 members each).</summary>
    public static string[] Agreements(int count) =>
        [.. Enumerable.Range(0, count).Select(i => AgreementGenerator.Generate(10 + (i % 21), seed: i))];

    /// <summary>Checks every agreement on at most <paramref name="cores"/> threads; returns the number of findings.</summary>
    public static int Check(AgreementChecker checker, string[] agreements, int cores)
    {
        var findings = 0;
        Parallel.ForEach(
            agreements,
            new ParallelOptions { MaxDegreeOfParallelism = cores },
            () => 0,
            (yaml, _, count) => count + checker.CheckText(yaml).Findings.Length,
            count => Interlocked.Add(ref findings, count));
        return findings;
    }
}
