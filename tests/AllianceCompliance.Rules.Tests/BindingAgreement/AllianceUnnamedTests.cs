using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.BindingAgreement;

public sealed class AllianceUnnamedTests
{
    [Test]
    public void Evaluate_EmptyName_WarnsAtTheName() =>
        Some.WithAlliance(a => a with { Name = "" }).ShouldFire("AC031")[0].Location.Path.ShouldBe("$.alliance.name");

    [Test]
    public void Evaluate_Named_DoesNotFire() => Some.Agreement().ShouldNotFire("AC031");
}
