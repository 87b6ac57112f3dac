using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Interests;

public sealed class ResultOwnershipUnstatedTests
{
    [Test]
    public void Evaluate_NoOwnership_FiresQuotingTheIpClause()
    {
        var finding = Some.WithIntellectualProperty(p => p! with { Ownership = null }).ShouldFire("AC503")[0];

        finding.Location.Path.ShouldBe("$.intellectualProperty.ownership");
        finding.Clause.ShouldBe("Art. 22");
    }

    [Test]
    public void Evaluate_BlankOwnership_Fires() => Some.WithIntellectualProperty(p => p! with { Ownership = " " }).ShouldFire("AC503");

    [Test]
    public void Evaluate_OwnershipStated_DoesNotFire() => Some.Agreement().ShouldNotFire("AC503");
}
