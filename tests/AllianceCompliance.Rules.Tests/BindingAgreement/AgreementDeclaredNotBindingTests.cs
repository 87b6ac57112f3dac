using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.BindingAgreement;

public sealed class AgreementDeclaredNotBindingTests
{
    [Test]
    public void Evaluate_AmendmentClauseSaysNotBinding_IsAnErrorAtThePhrase()
    {
        var document = Some.WithAgreement(a => a with { Amendment = a.Amendment! with { Text = "本协议为框架性约定，对各方不具有法律约束力" } });

        var finding = document.ShouldFire("AC235")[0];

        finding.Severity.ShouldBe(Findings.Severity.Error);
        finding.Rule.Citation.English.ShouldBe("Guiding Opinions Art. 8(2)");
        finding.Message.Chinese.ShouldBe("协议文本声明其不具有约束力：“不具有法律约束力”。");
        finding.Location.Path.ShouldBe("$.agreement.amendment.text");
        finding.Clause.ShouldBe("Art. 34");
    }

    [TestCase("Alliance Letter of Intent")]
    [TestCase("产业技术创新战略联盟合作意向书（不具法律约束力）")]
    public void Evaluate_TitleCallsItALetterOfIntent_Fires(string title) =>
        Some.WithAgreement(a => a with { Title = title }).ShouldFire("AC235")[0].Location.Path.ShouldBe("$.agreement.title");

    [Test]
    public void Evaluate_NonBindingDeclarationInTheBreachClause_Fires() =>
        Some.WithAgreement(a => a with { BreachLiability = a.BreachLiability! with { Text = "This agreement is non-binding; a member in breach compensates the others." } })
            .ShouldFire("AC235")[0].Message.English.ShouldBe("The agreement's text declares it not binding: 'non-binding'.");

    [TestCase("本协议对联盟外第三方不具有约束力")]
    [TestCase("Amendments by council resolution bind all members; this agreement is not binding on third parties")]
    [TestCase("Amendments by council resolution take effect when signed by all members; the yearly forecasts in them are indicative and not binding")]
    public void Evaluate_NotBindingOnThirdPartiesOrAForecast_DoesNotFire(string text) =>
        Some.WithAgreement(a => a with { Amendment = a.Amendment! with { Text = text } }).ShouldNotFire("AC235");
}
