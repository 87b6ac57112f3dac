using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Clauses;

public sealed class NoBindingDisputeMethodTests
{
    private static AgreementDocument Methods(params DisputeMethod[] methods) =>
        Some.WithAgreement(a => a with { DisputeResolution = a.DisputeResolution! with { Methods = [.. methods], Forum = null } });

    [Test]
    public void Evaluate_NegotiationOnly_WarnsAtMethod()
    {
        var finding = Methods(DisputeMethod.Negotiation, DisputeMethod.Mediation).ShouldFire("AC710")[0];

        finding.Location.Path.ShouldBe("$.agreement.disputeResolution.method");
        finding.Clause.ShouldBe("Art. 33");
    }

    [Test]
    public void Evaluate_NegotiationThenLitigation_DoesNotFire() =>
        Methods(DisputeMethod.Negotiation, DisputeMethod.Litigation).ShouldNotFire("AC710");
}
