using AllianceCompliance.Loading;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Reading;

/// <summary>A term "set out in an annex" is settled only when the annex is there: listed in <c>agreement.annexes</c>.</summary>
public sealed class AnnexTests
{
    private static readonly string Compliant = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Support", "compliant.yaml"));

    private static Model.AgreementDocument Load(string licensing, string annexes)
    {
        var yaml = Compliant
            .Replace("  licensing: Members get a royalty-free licence for alliance projects; others on fair terms", "  licensing: " + licensing, StringComparison.Ordinal)
            .Replace("  title: Alliance Agreement\n", "  title: Alliance Agreement\n" + annexes, StringComparison.Ordinal);
        var loaded = new AgreementLoader().Load(yaml);
        loaded.Errors.ShouldBeEmpty();
        return loaded.Document!;
    }

    [Test]
    public void Evaluate_ReferenceToAnAnnexNotListed_IsATermLeftOpen() =>
        Load("许可条件见附件3《知识产权管理办法》", string.Empty).ShouldFire("AC540")[0].Message.Chinese.ShouldContain("“见附件3”");

    [TestCase("  annexes: [ { id: 附件3, title: 知识产权管理办法 } ]\n")]
    [TestCase("  annexes: [ { id: Annex III } ]\n")]
    [TestCase("  annexes: [ { id: \"3\" } ]\n")]
    public void Evaluate_ReferenceToAListedAnnex_DoesNotFire(string annexes) =>
        Load("许可条件见附件三《知识产权管理办法》", annexes).ShouldNotFire("AC540");

    [Test]
    public void Evaluate_ReferenceToAnotherAnnex_Fires() =>
        Load("Licensing terms are in Annex 4.", "  annexes: [ { id: 附件3 } ]\n").ShouldFire("AC540")[0].Message.English.ShouldContain("'Annex 4'");

    [Test]
    public void Evaluate_GoalMeasureLeftOpen_IsAnError() =>
        Some.WithAgreement(a => a.WithGoal("G1", g => g with { Measure = "考核指标待定" })).ShouldFire("AC240")[0].Severity.ShouldBe(Findings.Severity.Error);
}
