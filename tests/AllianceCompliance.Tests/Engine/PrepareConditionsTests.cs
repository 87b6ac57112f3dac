using AllianceCompliance.Engine;
using AllianceCompliance.Loading;

namespace AllianceCompliance.Tests.Engine;

/// <summary>
/// The command line builds the rules' interpreted conditions on another core while the first
/// document is evaluated (<see cref="RuleSet.PrepareConditions"/>); that must not change what the
/// evaluation finds, whichever thread gets to a condition first.
/// </summary>
public sealed class PrepareConditionsTests
{
    private const string Agreement = """
        format: alliance-agreement/v1
        alliance: { name: A }
        agreement: {}
        members:
          - { id: a, name: fire, kind: enterprise }
          - { id: b, name: B, kind: university }
        """;

    [Test]
    public void PrepareConditions_BeforeOrDuringTheFirstEvaluation_FindsWhatAnUnpreparedRuleSetFinds()
    {
        var document = new AgreementLoader().Load(Agreement).Document!;
        var expected = Compile().Evaluate(document).Select(f => $"{f.RuleId} {f.Location.Path}").ToArray();

        var before = Compile();
        before.PrepareConditions();
        var during = Compile();
        var preparing = Task.Run(during.PrepareConditions);
        var duringFindings = during.Evaluate(document);
        preparing.Wait();

        expected.ShouldContain("TEST1 $.members[0]");
        before.Evaluate(document).Select(f => $"{f.RuleId} {f.Location.Path}").ShouldBe(expected);
        duringFindings.Select(f => $"{f.RuleId} {f.Location.Path}").ShouldBe(expected);
    }

    // A fresh rule set each time: preparing is about a rule set's first evaluation.
    private static RuleSet Compile() => RuleSet.Compile("test", "1", typeof(FailingRule).Assembly);
}
