using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Clauses;

public sealed class DisputeBothWaysTests
{
    private static AgreementDocument Dispute(string? forum, string? text, params DisputeMethod[] methods) =>
        Some.WithAgreement(a => a with { DisputeResolution = a.DisputeResolution! with { Forum = forum, Methods = [.. methods], Text = text } });

    [Test]
    public void Evaluate_ArbitrationOrTheDefendantsCourt_IsAnErrorAtTheCourt()
    {
        var document = Dispute("中国国际经济贸易仲裁委员会或被告所在地人民法院", null, DisputeMethod.Arbitration);

        var finding = document.ShouldFire("AC740")[0];

        finding.Severity.ShouldBe(Findings.Severity.Error);
        finding.Message.Chinese.ShouldBe("争议解决条款既允许提交仲裁（“仲裁”）又允许向法院起诉（“法院”）；此类仲裁协议无效，争议将由法院管辖。");
        finding.Message.English.ShouldStartWith("The dispute clause lets a dispute go to arbitration ('arbitration') and to a court ('法院')", customMessage: "in English the method is quoted as typed");
        finding.Location.Path.ShouldBe("$.agreement.disputeResolution.forum");
        finding.Clause.ShouldBe("Art. 33");
        document.ShouldNotFire("AC711");
    }

    [Test]
    public void Evaluate_CourtInTheText_Fires() =>
        Dispute("北京仲裁委员会", "协商不成的，可向北京仲裁委员会申请仲裁，也可向有管辖权的人民法院起诉", DisputeMethod.Arbitration)
            .ShouldFire("AC740")[0].Location.Path.ShouldBe("$.agreement.disputeResolution.text");

    [Test]
    public void Evaluate_BothMethodsOnly_IsLeftToAC711()
    {
        var document = Dispute("中国国际经济贸易仲裁委员会", null, DisputeMethod.Arbitration, DisputeMethod.Litigation);

        document.ShouldFire("AC711");
        document.ShouldNotFire("AC740");
    }

    [TestCase("仲裁裁决是终局的。一方不履行的，另一方可向有管辖权的人民法院申请强制执行")]
    [TestCase("在仲裁程序中，一方可以向人民法院申请财产保全")]
    [TestCase("The award is final and binding; either party may apply to a competent court to enforce it.")]
    public void Evaluate_CourtEnforcingTheAwardOrGrantingInterimMeasures_DoesNotFire(string text) =>
        Dispute("中国国际经济贸易仲裁委员会", text, DisputeMethod.Negotiation, DisputeMethod.Arbitration).ShouldNotFire("AC740");

    [Test]
    public void Evaluate_CompliantClause_DoesNotFire() => Some.Agreement().ShouldNotFire("AC740");
}
