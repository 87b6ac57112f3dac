using AllianceCompliance.Loading;
using AllianceCompliance.Rules;

namespace AllianceCompliance.Benchmarks;

/// <summary>
/// <c>check-phases</c>: where a warm check's time goes at 1,000 and 10,000 members (loading,
/// evaluation on a compacted model and right after loading, the whole check) and which runs a
/// collection fell into: the parts of target 2's ratio.
/// </summary>
internal static class CheckPhases
{
    public static int Run()
    {
        var rules = GuidingOpinions.RuleSet;
        var loader = new AgreementLoader();
        var checker = new AgreementChecker(rules);
        var sizes = new[] { 1_000, 10_000 }.Select(m => (Members: m, Yaml: AgreementGenerator.Generate(m))).ToArray();
        // Warmed as ratios warms target 2.
        for (var i = 0; i < 40; i++)
        {
            checker.CheckText(sizes[0].Yaml);
        }

        for (var i = 0; i < 3; i++)
        {
            checker.CheckText(sizes[1].Yaml);
        }

        for (var round = 0; round < 2; round++)
        {
            foreach (var (members, yaml) in sizes)
            {
                var load = Timing.Measure(5, () => loader.Load(yaml), freshHeap: true);
                var document = loader.Load(yaml).Document!;
                var evaluate = Timing.Measure(5, () => rules.Evaluate(document), freshHeap: true);
                var check = Timing.Measure(5, () => checker.CheckText(yaml), freshHeap: true);
                // Evaluation as a check runs it: over a model just built among the parser's garbage,
                // not one a collection has compacted (as the evaluate line's is).
                var afterLoading = new List<double>();
                Timing.Measure(5, () => afterLoading.Add(EvaluateAfterLoading(loader, rules, yaml)), freshHeap: true);
                Console.WriteLine($"{members,6} members, medians of 5: load {load.Ms,6:F1} ms, evaluate {evaluate.Ms,5:F1} ms " +
                    $"(right after loading {Timing.Median(afterLoading),5:F1} ms), check {check.Ms,6:F1} ms");
                Console.WriteLine($"        load: {load.Gc}");
                Console.WriteLine($"        check: {check.Gc}");
            }
        }

        return 0;
    }

    private static double EvaluateAfterLoading(AgreementLoader loader, Engine.RuleSet rules, string yaml)
    {
        var document = loader.Load(yaml).Document!;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        rules.Evaluate(document);
        return watch.Elapsed.TotalMilliseconds;
    }
}
