using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Clauses;

public sealed class ArbitrationForumUnnamedTests
{
    private static AgreementDocument WithoutForum(DisputeMethod method) =>
        Some.WithAgreement(a => a with { DisputeResolution = a.DisputeResolution! with { Methods = [method], Forum = null } });

    [Test]
    public void Evaluate_ArbitrationWithoutCommission_WarnsAtForum() =>
        WithoutForum(DisputeMethod.Arbitration).ShouldFire("AC712")[0].Location.Path.ShouldBe("$.agreement.disputeResolution.forum");

    [Test]
    public void Evaluate_LitigationWithoutCourt_DoesNotFire() => WithoutForum(DisputeMethod.Litigation).ShouldNotFire("AC712");

    [Test]
    public void Evaluate_ArbitrationCommissionNamed_DoesNotFire() => Some.Agreement().ShouldNotFire("AC712");

    [Test]
    public void Message_AllowsACommissionIdentifiableFromTheAgreedRules()
    {
        var finding = WithoutForum(DisputeMethod.Arbitration).ShouldWarn("AC712");

        finding.Message.English.ShouldContain("by the agreed arbitration rules");
        finding.Rule.Citation.Chinese.ShouldContain("法释〔2006〕7号");
    }
}
