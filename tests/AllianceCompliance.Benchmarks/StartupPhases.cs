using System.Diagnostics;
using System.Runtime;
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
    public static int Child(string file, bool listJit = false)
    {
        using var listener = listJit ? new JitListener() : null;
        var toMain = (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds;
        var watch = Stopwatch.StartNew();
        var phases = new List<(string, double, long, double)>
        {
            ("runtime start to Main (10 ms resolution)", toMain, JitInfo.GetCompiledMethodCount(), JitInfo.GetCompilationTime().TotalMilliseconds),
        };
        var methods = JitInfo.GetCompiledMethodCount();
        var jit = JitInfo.GetCompilationTime();
        void Lap(string phase)
        {
            phases.Add((phase, watch.Elapsed.TotalMilliseconds, JitInfo.GetCompiledMethodCount() - methods, (JitInfo.GetCompilationTime() - jit).TotalMilliseconds));
            methods = JitInfo.GetCompiledMethodCount();
            jit = JitInfo.GetCompilationTime();
            watch.Restart();
        }

        var repository = new RuleRepository();
        repository.Load(spec => spec.From(scan => scan.PrivateTypes(true).Assembly(typeof(GuidingOpinions).Assembly)
            .Where(t => t.IsSubclassOf(typeof(ComplianceRule)))));
        var definitions = repository.GetRuleSets().ToList();
        Lap($"repository scan ({definitions.Sum(s => s.Rules.Count())} rules, cold)");
        // In the order a check runs them: compile, load, evaluate; the other compiler afterwards.
        var factory = new RuleCompiler { ExpressionCompiler = new ConditionCompiler() }.Compile(definitions);
        Lap($"NRules compile, {(System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeCompiled ? "FastExpressionCompiler" : "interpreted")} (cold)");
        var loaded = new AgreementLoader().Load(File.ReadAllBytes(file));
        Lap("first load");
        var session = factory.CreateSession();
        Lap("first session");
        session.InsertAll(FactSet.Of(loaded.Document!));
        Lap("first insert");
        session.Fire();
        Lap("first fire");
        var findings = session.Query<Findings.Finding>().AsEnumerable().Count();
        Lap("first query");
        new RuleCompiler().Compile(definitions);
        Lap("NRules compile, built-in expression compiler (warm)");
        var rules = GuidingOpinions.RuleSet;
        Lap("RuleSet.Compile (warm: scan + compile)");
        rules.Evaluate(loaded.Document!);
        Lap("RuleSet.Evaluate (first of this rule set)");
        rules.Evaluate(loaded.Document!);
        Lap("second evaluate");
        var report = new CheckReport("bench", rules.Id, rules.Version, [new AgreementChecker(rules).CheckFile(file)]);
        ReportWriters.Get("text").Write(report, TextWriter.Null, new ReportOptions());
        Lap("check + text report (warm)");
        foreach (var (phase, ms, jitted, jitMs) in phases)
        {
            Console.WriteLine($"{ms,8:F1} ms  {phase} (JIT: {jitted} methods, {jitMs:F1} ms)");
        }

        Console.WriteLine($"({findings} findings)");
        foreach (var method in listener?.Methods ?? [])
        {
            Console.WriteLine($"JIT {method}");
        }

        return 0;
    }
}
