using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Organisation;

/// <summary>'governance.executiveBody' naming a decision or consultation body (AC332).</summary>
public sealed class ExecutiveBodyNotExecutionTests
{
    private const string Liability = "  externalLiabilityEntity: lighthouse";

    [TestCase("council", "Council ('council')")]
    [TestCase("experts", "Expert Committee ('experts')")]
    public void Evaluate_ExecutiveBodyWithAnotherRole_Warns(string id, string name)
    {
        var document = Yaml.With((Liability, Liability + "\n  executiveBody: " + id));

        var finding = document.ShouldWarn("AC332");

        finding.Location.Path.ShouldBe("$.governance.executiveBody");
        finding.Message.English.ShouldStartWith($"'governance.executiveBody' names {name} as the alliance's permanent executive body, but its role is not execution");
    }

    [Test]
    public void Evaluate_ExecutiveBodyIsTheExecutionBody_DoesNotFire() =>
        Yaml.With((Liability, Liability + "\n  executiveBody: secretariat")).ShouldNotFire("AC332");

    [Test]
    public void Evaluate_ExecutiveBodyNotNamed_DoesNotFire() => Some.Agreement().ShouldNotFire("AC332");
}
