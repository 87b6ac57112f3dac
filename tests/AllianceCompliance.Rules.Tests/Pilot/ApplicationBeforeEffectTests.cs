using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Pilot;

public sealed class ApplicationBeforeEffectTests
{
    [Test]
    public void Evaluate_AppliedBeforeEffect_FiresWithBothDates()
    {
        var finding = Some.WithApplication(a => a! with { Submitted = new DateOnly(2012, 8, 1) }).ShouldFire("AC804")[0];

        finding.Message.English.ShouldBe("The pilot application is dated 2012-08-01, before the agreement took effect on 2012-08-29.");
        finding.Location.Path.ShouldBe("$.application.submitted");
    }

    [Test]
    public void Evaluate_AppliedOnTheDayOfEffect_DoesNotFire() =>
        Some.WithApplication(a => a! with { Submitted = new DateOnly(2012, 8, 29) }).ShouldNotFire("AC804");

    [Test]
    public void Evaluate_MemberAdmittedAfterTheFoundingAndTheApplication_ChangesNoDate()
    {
        // The member joined and signed in 2013, after the founding (2012-08-29) and the application
        // (2012-10-01): with 'joined' recorded, neither the effective date nor the dossier is in question.
        var document = Some.WithAgreement(a => a.WithSignature("university", s => s with { Date = new DateOnly(2013, 1, 10) }))
            .WithMember("university", m => m with { Joined = new DateOnly(2013, 1, 10) });

        document.ShouldNotFire("AC218");
        document.ShouldNotFire("AC804");
        document.ShouldNotFire("AC802");
    }

    [Test]
    public void Evaluate_FoundingMemberSigningAfterTheApplication_StillFailsTheEffectiveDate() =>
        Some.WithAgreement(a => a.WithSignature("university", s => s with { Date = new DateOnly(2013, 1, 10) })).ShouldFire("AC218");
}
