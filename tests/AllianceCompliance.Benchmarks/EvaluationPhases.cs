using System.Diagnostics;
using AllianceCompliance.Engine;
using AllianceCompliance.Loading;
using AllianceCompliance.Rules;
using NRules;
using NRules.Extensibility;
using NRules.Fluent;

namespace AllianceCompliance.Benchmarks;

/// <summary>
/// Where a warm evaluation's time goes (session, insertion, firing, reading back findings) for each
/// expression compiler, in one process: <c>evaluation [MEMBERS]</c>.
/// </summary>
internal static class EvaluationPhases
{
    public static int Run(int members)
    {
        var document = new AgreementLoader().Load(AgreementGenerator.Generate(members)).Document!;
        var facts = FactSet.Of(document);
        foreach (var (name, compiler) in new (string, IExpressionCompiler)[]
                 { ("built-in", new BuiltIn()), ("condition", new ConditionCompiler()), ("interpreting", new Interpreting()) })
        {
            var repository = new RuleRepository();
            repository.Load(spec => spec.From(scan => scan.PrivateTypes(true).Assembly(typeof(GuidingOpinions).Assembly)
                .Where(t => t.IsSubclassOf(typeof(ComplianceRule)))));
            var watch = Stopwatch.StartNew();
            var factory = new RuleCompiler { ExpressionCompiler = compiler }.Compile(repository.GetRuleSets());
            var compile = watch.Elapsed.TotalMilliseconds;
            var rules = RuleSet.Compile("x", "0", compiler, typeof(GuidingOpinions).Assembly);
            var runs = members > 1000 ? 5 : 300;
            for (var i = 0; i < runs; i++)
            {
                rules.Evaluate(document);
            }

            double create = 0, insert = 0, fire = 0, query = 0;
            for (var i = 0; i < runs; i++)
            {
                watch.Restart();
                var session = factory.CreateSession();
                create += watch.Elapsed.TotalMilliseconds;
                watch.Restart();
                session.InsertAll(FactSet.Of(document));
                insert += watch.Elapsed.TotalMilliseconds;
                watch.Restart();
                session.Fire();
                fire += watch.Elapsed.TotalMilliseconds;
                watch.Restart();
                _ = session.Query<Findings.Finding>().AsEnumerable().Count();
                query += watch.Elapsed.TotalMilliseconds;
            }

            var evaluate = Timing.MedianMs(runs, () => rules.Evaluate(document));
            Console.WriteLine($"{name,-13} compile {compile,7:F1} ms | per evaluation of {members} members ({facts.Count} facts): " +
                $"session {create / runs:F3}, insert {insert / runs:F3}, fire {fire / runs:F3}, query {query / runs:F3}; RuleSet.Evaluate median {evaluate:F3} ms");
        }

        return 0;
    }

    private sealed class BuiltIn : IExpressionCompiler
    {
        public TDelegate Compile<TDelegate>(System.Linq.Expressions.Expression<TDelegate> expression)
            where TDelegate : Delegate => expression.Compile();
    }

    private sealed class Interpreting : IExpressionCompiler
    {
        public TDelegate Compile<TDelegate>(System.Linq.Expressions.Expression<TDelegate> expression)
            where TDelegate : Delegate => expression.Compile(preferInterpretation: true);
    }
}
