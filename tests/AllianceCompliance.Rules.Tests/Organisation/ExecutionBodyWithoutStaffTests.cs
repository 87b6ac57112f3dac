using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Organisation;

public sealed class ExecutionBodyWithoutStaffTests
{
    private static AgreementDocument Staff(int? count) =>
        Some.WithGovernance(g => g!.WithBody("secretariat", b => b with { FullTimeStaff = count }));

    [Test]
    public void Evaluate_NoFullTimeStaff_FiresAtFullTimeStaff()
    {
        var finding = Staff(0).ShouldFire("AC311")[0];

        finding.Location.Path.ShouldBe("$.governance.bodies[2].fullTimeStaff");
        finding.Message.English.ShouldStartWith("The alliance's executive body Secretariat ('secretariat') has no full-time staff;");
    }

    [Test]
    public void Evaluate_StaffNotStated_IsNoError() => Staff(null).ShouldNotFire("AC311");

    [Test]
    public void Evaluate_OneFullTimeStaff_DoesNotFire() => Staff(1).ShouldNotFire("AC311");
}
