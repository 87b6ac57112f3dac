using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Loading;
using AllianceCompliance.Model;

namespace AllianceCompliance.Tests.Engine;

public sealed class ExplainTests
{
    private const string Yaml = """
        format: alliance-agreement/v1
        alliance: { name: Example Alliance }
        members:
          - { id: corp, name: Example Corp, kind: enterprise }
          - { id: uni, name: Example University, kind: university }
        agreement:
          signatures:
            - { member: corp, signatory: Zhang San }
        """;

    private static readonly RuleSet Rules = RuleSet.Compile("test", "1", typeof(UnsignedMember).Assembly);

    private static AgreementDocument Document()
    {
        var loaded = new AgreementLoader().Load(Yaml);
        loaded.Errors.ShouldBeEmpty();
        return loaded.Document!;
    }

    [Test]
    public void Evaluate_Explaining_RecordsTheFactsTheRuleMatched()
    {
        var finding = Rules.Evaluate(Document(), explain: true).ShouldHaveSingleItem();

        finding.Evidence.Select(e => e.English).ShouldBe(["Member $.members[1] (line 5)", "Signature page (signatures: 1)"]);
        finding.Evidence.Select(e => e.Chinese).ShouldBe(["成员 $.members[1]（第 5 行）", "签署页（签署 1 处）"]);
    }

    [Test]
    public void Evaluate_NotExplaining_RecordsNoEvidence() =>
        Rules.Evaluate(Document()).ShouldHaveSingleItem().Evidence.ShouldBeEmpty();

    [Test]
    public void Evaluate_ExplainingOrNot_FindsTheSame() =>
        Rules.Evaluate(Document(), explain: true).Select(f => f with { Evidence = [] })
            .ShouldBe(Rules.Evaluate(Document()));
}
