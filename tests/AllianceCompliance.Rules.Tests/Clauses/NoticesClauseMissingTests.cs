using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Clauses;

public sealed class NoticesClauseMissingTests
{
    [Test]
    public void Evaluate_ClauseMissing_WarnsAtItsKey() =>
        Some.WithAgreement(a => a with { Notices = null }).ShouldWarn("AC734").Location.Path.ShouldBe("$.agreement.notices");

    [Test]
    public void Evaluate_ClauseWithoutText_WarnsAtItsText() =>
        Some.WithAgreement(a => a with { Notices = a.Notices! with { Text = " " } }).ShouldWarn("AC734").Clause.ShouldNotBeNull();

    [Test]
    public void Evaluate_ClauseStated_DoesNotFire() => Some.Agreement().ShouldNotFire("AC734");
}
