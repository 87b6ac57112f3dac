using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Clauses;

public sealed class ArbitrationAndLitigationTests
{
    private static AgreementDocument Methods(params DisputeMethod[] methods) =>
        Some.WithAgreement(a => a with { DisputeResolution = a.DisputeResolution! with { Methods = [.. methods] } });

    [Test]
    public void Evaluate_BothArbitrationAndLitigation_FiresAtMethodCitingArbitrationLaw()
    {
        var document = Methods(DisputeMethod.Arbitration, DisputeMethod.Litigation);

        var finding = document.ShouldFire("AC711")[0];

        finding.Location.Path.ShouldBe("$.agreement.disputeResolution.method");
        finding.Rule.Citation.English.ShouldStartWith("PRC Arbitration Law");
        finding.Rule.Citation.Chinese.ShouldStartWith("《中华人民共和国仲裁法》");
        finding.Clause.ShouldBe("Art. 33");
        document.ShouldNotFire("AC710");
    }

    [Test]
    public void Evaluate_NegotiationThenArbitration_DoesNotFire() =>
        Methods(DisputeMethod.Negotiation, DisputeMethod.Arbitration).ShouldNotFire("AC711");

    [Test]
    public void Message_NamesTheExceptionAndCitesTheSpcInterpretationInTitleMarks()
    {
        var finding = Methods(DisputeMethod.Arbitration, DisputeMethod.Litigation).ShouldFire("AC711")[0];

        finding.Message.English.ShouldContain("raises no objection before the first hearing");
        finding.Rule.Citation.Chinese.ShouldContain("《最高人民法院关于适用〈中华人民共和国仲裁法〉若干问题的解释》（法释〔2006〕7号）");
    }
}
