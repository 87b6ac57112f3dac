using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.BindingAgreement;

public sealed class MemberNotSignedTests
{
    [Test]
    public void Evaluate_MemberWithoutSignature_FiresAtTheMemberQuotingTheClause()
    {
        var finding = Some.WithAgreement(a => a with { Signatures = [a.Signatures[0]] }).ShouldFire("AC208")[0];

        finding.Location.Path.ShouldBe("$.members[1]");
        finding.Message.English.ShouldBe("Member Example University ('university') has not signed the agreement.");
        finding.Clause.ShouldBe("Preamble");
    }

    [Test]
    public void Evaluate_EveryMemberSigned_DoesNotFire() => Some.Agreement().ShouldNotFire("AC208");
}
