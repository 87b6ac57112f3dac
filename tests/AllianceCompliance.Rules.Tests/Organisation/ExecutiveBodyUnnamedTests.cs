using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Organisation;

public sealed class ExecutiveBodyUnnamedTests
{
    [Test]
    public void Evaluate_TwoExecutionBodiesNoneNamed_WarnsOnceAtExecutiveBody()
    {
        var finding = Yaml.With((Structures.Secretariat, Structures.TwoExecutionBodies)).ShouldFire("AC320")[0];

        finding.Location.Path.ShouldBe("$.governance.executiveBody");
        finding.Clause.ShouldBe("Art. 5");
        finding.Message.English.ShouldStartWith("2 bodies have the execution role (Secretariat ('secretariat') and Project Office ('project-office'))");
        finding.Message.Chinese.ShouldStartWith("有 2 个机构的职能为执行（Secretariat（secretariat）和Project Office（project-office））");
    }

    [Test]
    public void Evaluate_TwoExecutionBodiesOneNamed_DoesNotFire() =>
        Yaml.With((Structures.Secretariat, Structures.TwoExecutionBodies), ("  externalLiabilityEntity: lighthouse", "  externalLiabilityEntity: lighthouse\n  executiveBody: secretariat"))
            .ShouldNotFire("AC320");

    [Test]
    public void Evaluate_OneExecutionBody_DoesNotFire() => Some.Agreement().ShouldNotFire("AC320");
}
