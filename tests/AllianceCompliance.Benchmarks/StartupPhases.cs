using System.Diagnostics;
using AllianceCompliance.Engine;
using AllianceCompliance.Loading;
using AllianceCompliance.Reporting;
using AllianceCompliance.Rules;
using NRules;
using NRules.Fluent;

namespace AllianceCompliance.Benchmarks;

/// <summary>
/// Where a cold start's time goes, measured in a fresh process: runtime start to Main, the rule
/// repository's reflection scan, NRules' compilation of the rules' expressions, the same again warm
/// (what is left once the JIT has run), the first load, the first evaluation and the report.
/// </summary>
internal static class StartupPhases
{
    public static int Child(string file)
    {
        var toMain = (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds;
        var watch = Stopwatch.StartNew();
        var phases = new List<(string, double)> { ("runtime start to Main (10 ms resolution)", toMain) };
        void Lap(string phase)
        {
            phases.Add((phase, watch.Elapsed.TotalMilliseconds));
            watch.Restart();
        }

        var repository = new RuleRepository();
        repository.Load(spec => spec.From(scan => scan.PrivateTypes(true).Assembly(typeof(GuidingOpinions).Assembly)
            .Where(t => t.IsSubclassOf(typeof(ComplianceRule)))));
        var definitions = repository.GetRuleSets().ToList();
        Lap($"repository scan ({definitions.Sum(s => s.Rules.Count())} rules, cold)");
        new RuleCompiler().Compile(definitions);
        Lap("NRules compile, built-in expression compiler (cold)");
        new RuleCompiler().Compile(definitions);
        Lap("NRules compile, built-in expression compiler (warm)");
        new RuleCompiler { ExpressionCompiler = new FastCompiler() }.Compile(definitions);
        Lap("NRules compile, FastExpressionCompiler (cold)");
        new RuleCompiler { ExpressionCompiler = new FastCompiler() }.Compile(definitions);
        Lap("NRules compile, FastExpressionCompiler (warm)");
        var rules = GuidingOpinions.RuleSet;
        Lap("RuleSet.Compile (warm: scan + compile)");
        var loaded = new AgreementLoader().Load(File.ReadAllBytes(file));
        Lap("first load");
        var findings = rules.Evaluate(loaded.Document!);
        Lap("first evaluate (first session)");
        rules.Evaluate(loaded.Document!);
        Lap("second evaluate");
        var report = new CheckReport("bench", rules.Id, rules.Version, [new AgreementChecker(rules).CheckFile(file)]);
        ReportWriters.Get("text").Write(report, TextWriter.Null, new ReportOptions());
        Lap("check + text report (warm)");
        foreach (var (phase, ms) in phases)
        {
            Console.WriteLine($"{ms,8:F1} ms  {phase}");
        }

        Console.WriteLine($"({findings.Length} findings)");
        return 0;
    }
}
