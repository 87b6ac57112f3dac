using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.BindingAgreement;

public sealed class TitleUnstatedTests
{
    [Test]
    public void Evaluate_NoTitle_WarnsAtTitle() =>
        Some.WithAgreement(a => a with { Title = null }).ShouldFire("AC221")[0].Location.Path.ShouldBe("$.agreement.title");

    [Test]
    public void Evaluate_Titled_DoesNotFire() => Some.Agreement().ShouldNotFire("AC221");
}
