using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Clauses;

public sealed class WithdrawalNoticeUnstatedTests
{
    private static AgreementDocument Notice(int? days) => Some.WithAgreement(a => a with { Withdrawal = a.Withdrawal! with { NoticeDays = days } });

    [Test]
    public void Evaluate_NoNotice_WarnsQuotingTheClause()
    {
        var finding = Notice(null).ShouldFire("AC704")[0];

        finding.Location.Path.ShouldBe("$.agreement.withdrawal.noticeDays");
        finding.Clause.ShouldBe("Art. 14");
        finding.Message.English.ShouldStartWith("The withdrawal clause states no period of notice");
    }

    [Test]
    public void Evaluate_ZeroDays_Warns() => Notice(0).ShouldFire("AC704")[0].Message.English.ShouldContain("requires no notice");

    [Test]
    public void Evaluate_OneDay_DoesNotFire() => Notice(1).ShouldNotFire("AC704");
}
