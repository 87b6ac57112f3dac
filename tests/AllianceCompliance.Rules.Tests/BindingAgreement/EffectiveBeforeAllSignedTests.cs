using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.BindingAgreement;

public sealed class EffectiveBeforeAllSignedTests
{
    private static readonly DateOnly LastSigned = new(2012, 9, 5);

    private static AgreementDocument EffectiveFrom(DateOnly date) =>
        Some.WithAgreement(a => a.WithSignature("university", s => s with { Date = LastSigned }) with { EffectiveFrom = date });

    [Test]
    public void Evaluate_EffectiveBeforeLastSignature_FiresAtEffectiveFrom()
    {
        var finding = EffectiveFrom(new DateOnly(2012, 8, 29)).ShouldFire("AC218")[0];

        finding.Location.Path.ShouldBe("$.agreement.effectiveFrom");
        finding.Message.English.ShouldBe("The agreement takes effect on 2012-08-29, before the last founding member's signature: member Example University ('university') signed on 2012-09-05.");
        finding.Severity.ShouldBe(Findings.Severity.Error);
    }

    [Test]
    public void Evaluate_LateSignatureOfAMemberAdmittedLater_DoesNotFire() =>
        EffectiveFrom(new DateOnly(2012, 8, 29))
            .WithMember("university", m => m with { Joined = new DateOnly(2012, 9, 1) })
            .ShouldNotFire("AC218");

    [Test]
    public void Evaluate_JoinedOnOrBeforeTheEffectiveDate_IsAFoundingMember_Fires() =>
        EffectiveFrom(new DateOnly(2012, 8, 29))
            .WithMember("university", m => m with { Joined = new DateOnly(2012, 8, 29) })
            .ShouldFire("AC218");

    [Test]
    public void Evaluate_EffectiveOnTheDayOfLastSignature_DoesNotFire() => EffectiveFrom(LastSigned).ShouldNotFire("AC218");
}
