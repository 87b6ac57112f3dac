using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Organisation;

/// <summary>The full-time staff (AC311) and supporting unit (AC310) are asked of the alliance's executive body only.</summary>
public sealed class ExecutiveBodyRulesTests
{
    private const string Names = "  externalLiabilityEntity: lighthouse";

    [Test]
    public void Evaluate_SecondExecutionBodyWithoutStaffOrHost_IsNotHeldToTheExecutiveBodysDuties()
    {
        var document = Yaml.With((Structures.Secretariat, Structures.TwoExecutionBodies), (Names, Names + "\n  executiveBody: secretariat"));

        document.ShouldNotFire("AC311");
        document.ShouldNotFire("AC310");
    }

    [Test]
    public void Evaluate_NamedExecutiveBodyWithoutStaffOrHost_FiresForItOnly()
    {
        var document = Yaml.With((Structures.Secretariat, Structures.TwoExecutionBodies), (Names, Names + "\n  executiveBody: project-office"));

        document.ShouldFire("AC330")[0].Location.Path.ShouldBe("$.governance.bodies[3].fullTimeStaff");
        document.ShouldFire("AC310")[0].Message.English.ShouldStartWith("The alliance's executive body Project Office ('project-office')");
    }

    [Test]
    public void Evaluate_Explaining_ShowsWhichBodyWasTakenForTheExecutiveBody()
    {
        var document = Yaml.With((Structures.Secretariat, Structures.TwoExecutionBodies), (Names, Names + "\n  executiveBody: project-office"));

        var finding = GuidingOpinions.RuleSet.Evaluate(document, explain: true).Single(f => f.RuleId == "AC330");

        finding.Evidence.Select(e => e.English).ShouldContain("Executive body: Body $.governance.bodies[3] (line 56)");
    }

    [Test]
    public void Evaluate_SeveralExecutionBodiesNoneNamed_OneWarningInsteadOfAnErrorPerBody()
    {
        var document = Yaml.With((Structures.Secretariat, Structures.TwoExecutionBodies));

        document.ShouldNotFire("AC311");
        document.ShouldNotFire("AC310");
        document.ShouldFire("AC320");
    }

    [Test]
    public void Evaluate_ConsortiaBesideOneExecutionBody_AreNotTakenForBodies()
    {
        var document = Yaml.With(("governance:", Structures.Consortium + "governance:"));

        document.Findings().ShouldBeEmpty();
    }
}
