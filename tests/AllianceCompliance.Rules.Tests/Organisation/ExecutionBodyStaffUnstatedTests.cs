using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Organisation;

public sealed class ExecutionBodyStaffUnstatedTests
{
    private static AgreementDocument Staff(int? count) =>
        Some.WithGovernance(g => g!.WithBody("secretariat", b => b with { FullTimeStaff = count }));

    [Test]
    public void Evaluate_StaffNotStated_WarnsAtFullTimeStaff() =>
        Staff(null).ShouldWarn("AC330").Location.Path.ShouldBe("$.governance.bodies[2].fullTimeStaff");

    [Test]
    public void Evaluate_NoStaffStated_IsLeftToTheError() => Staff(0).ShouldNotFire("AC330");
}
