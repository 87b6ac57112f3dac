using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.BindingAgreement;

public sealed class AuthorizationIncompleteTests
{
    [Test]
    public void Evaluate_NoReference_WarnsAtDocument()
    {
        var finding = Some.WithAgreement(a => a.WithSignature("university", s => s with { Authorization = s.Authorization! with { Document = null } }))
            .ShouldFire("AC213")[0];

        finding.Location.Path.ShouldBe("$.agreement.signatures[1].authorization.document");
        finding.Message.English.ShouldEndWith("gives no reference.");
    }

    [Test]
    public void Evaluate_NoReferenceOrDate_NamesBoth() =>
        Some.WithAgreement(a => a.WithSignature("university", s => s with { Authorization = s.Authorization! with { Document = null, Date = null } }))
            .ShouldFire("AC213")[0].Message.English.ShouldEndWith("gives no reference or date.");

    [Test]
    public void Evaluate_ReferenceAndDate_DoesNotFire() => Some.Agreement().ShouldNotFire("AC213");
}
