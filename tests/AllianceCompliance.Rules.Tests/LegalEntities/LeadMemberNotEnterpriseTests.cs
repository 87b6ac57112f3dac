using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.LegalEntities;

public sealed class LeadMemberNotEnterpriseTests
{
    [Test]
    public void Evaluate_UniversityLeads_OnlyWarns()
    {
        var finding = Some.WithAlliance(a => a with { LeadMembers = ["university"] }).ShouldWarn("AC112");

        finding.Location.Path.ShouldBe("$.alliance.leadMember");
        finding.Message.English.ShouldStartWith("The lead member Example University ('university') is a university;");
    }

    [Test]
    public void Evaluate_UniversityAmongCoLeads_FiresAtThatCoLead()
    {
        var finding = Yaml.With(("leadMember: lighthouse", "leadMember: [lighthouse, university]")).ShouldFire("AC112")[0];

        finding.Location.Path.ShouldBe("$.alliance.leadMember[1]");
        finding.Message.Chinese.ShouldStartWith("牵头单位Example University（university）是高校");
    }

    [Test]
    public void Evaluate_EnterpriseCoLeads_DoesNotFire() =>
        Yaml.With(("leadMember: lighthouse", "leadMember: [lighthouse]")).ShouldNotFire("AC112");

    [Test]
    public void Evaluate_UniversityLeads_LeavesTheLegalEntitiesConditionMet() =>
        Some.WithAlliance(a => a with { LeadMembers = ["university"] }).Findings()
            .Where(f => f.Condition == "8.1" && f.Severity == Findings.Severity.Error).ShouldBeEmpty();

    [Test]
    public void Evaluate_EnterpriseLeads_DoesNotFire() => Some.Agreement().ShouldNotFire("AC112");
}
