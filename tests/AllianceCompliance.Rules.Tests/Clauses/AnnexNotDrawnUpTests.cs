using AllianceCompliance.Findings;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Clauses;

/// <summary>An annex listed but still to be drawn up (AC742) settles nothing, so a required term referred to it is left open.</summary>
public sealed class AnnexNotDrawnUpTests
{
    private const string Licensing = "  licensing: Members get a royalty-free licence for alliance projects; others on fair terms";

    private static Model.AgreementDocument Load(string licensing, string annexes) =>
        Yaml.With((Licensing, "  licensing: " + licensing), ("  title: Alliance Agreement\n", "  title: Alliance Agreement\n" + annexes));

    [TestCase("知识产权管理办法（另行制定）", "另行制定")]
    [TestCase("知识产权管理办法（待定）", "待定")]
    [TestCase("IP management rules (TBD)", "TBD")]
    public void Evaluate_AnnexStillToBeDrawnUp_WarnsAndTheTermReferredToItIsLeftOpen(string title, string phrase)
    {
        var document = Load("许可条件见附件3", $"  annexes: [ {{ id: 附件3, title: \"{title}\" }} ]\n");

        var annex = document.ShouldWarn("AC742");
        annex.Location.Path.ShouldBe("$.agreement.annexes[0].title");
        annex.Message.Chinese.ShouldContain($"“{phrase}”");
        document.ShouldFire("AC540")[0].Severity.ShouldBe(Severity.Error);
    }

    [TestCase("知识产权管理办法")]
    [TestCase("附件3 知识产权管理办法")]
    [TestCase("IP management rules adopted on 2012-08-20")]
    public void Evaluate_AnnexWithItsTitle_SettlesTheTerm(string title)
    {
        var document = Load("许可条件见附件3", $"  annexes: [ {{ id: 附件3, title: \"{title}\" }} ]\n");

        document.ShouldNotFire("AC742");
        document.ShouldNotFire("AC540");
    }
}
