using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests;

/// <summary>Findings quote the article of the part they are about, and name members by name with the id after it.</summary>
public sealed class ClauseAndNameTests
{
    [Test]
    public void Evaluate_SignatureWithItsOwnClause_FindingQuotesIt() =>
        Yaml.With(("date: 2012-08-29, sealed: true }", "sealed: true, clause: 第四十二条 }")).ShouldFire("AC217")[0].Clause.ShouldBe("第四十二条");

    [Test]
    public void Evaluate_GoalWithItsOwnClause_FindingQuotesIt() =>
        Yaml.With(("measure: Two products certified to the national standard, ", "clause: 第六条, ")).ShouldFire("AC202")[0].Clause.ShouldBe("第六条");

    [Test]
    public void Evaluate_TaskWithItsOwnClause_FindingQuotesIt() =>
        Yaml.With(("{ member: university, goal: G1,", "{ member: university, goal: G9, clause: 第七条,")).ShouldFire("AC206")[0].Clause.ShouldBe("第七条");

    [Test]
    public void Evaluate_ShareWithItsOwnClause_FindingQuotesIt() =>
        Yaml.With(("{ member: university, percent: 40 }", "{ member: university, clause: 第三十一条 }")).ShouldFire("AC507")[0].Clause.ShouldBe("第三十一条");

    [Test]
    public void Evaluate_DecisionRuleWithItsOwnClause_FindingQuotesIt() =>
        Yaml.With(("decisionRule: { quorum: 2/3, majority: 2/3 }", "decisionRule: { quorum: 2/3, clause: 第十六条 }")).ShouldFire("AC306")[0].Clause.ShouldBe("第十六条");

    [Test]
    public void Evaluate_PartWithoutClause_FindingQuotesItsSection() =>
        Yaml.With(("date: 2012-08-29, sealed: true }", "sealed: true }")).ShouldFire("AC217")[0].Clause.ShouldBe("Preamble");

    [Test]
    public void Evaluate_MemberWithLocalName_IsNamedByItInChineseAndByItsNameInEnglish()
    {
        var finding = Yaml.With(
            ("    name: Tianjin Lighthouse Coating Group Co., Ltd.\n", "    name: Tianjin Lighthouse Coating Group Co., Ltd.\n    localName: 天津灯塔涂料集团有限公司\n"),
            ("{ member: lighthouse, signatory: Zhang San, capacity: legal-representative, date: 2012-08-29, sealed: true }",
             "{ member: lighthouse, signatory: Zhang San, capacity: legal-representative, date: 2012-08-29 }")).ShouldFire("AC214")[0];

        finding.Message.Chinese.ShouldStartWith("成员天津灯塔涂料集团有限公司（lighthouse）的签署");
        finding.Message.English.ShouldStartWith("The signature for member Tianjin Lighthouse Coating Group Co., Ltd. ('lighthouse')");
    }
}
