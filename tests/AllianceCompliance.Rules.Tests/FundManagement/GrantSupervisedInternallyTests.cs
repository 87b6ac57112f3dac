using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.FundManagement;

public sealed class GrantSupervisedInternallyTests
{
    private const string Supervisor = "supervisedBy: Ministry of Science and Technology }";

    private static AgreementDocument SupervisedBy(string supervisor, bool consortia = false)
    {
        var changes = new List<(string, string)> { (Supervisor, $"supervisedBy: {supervisor} }}") };
        if (consortia)
        {
            changes.Add(("governance:", Structures.Consortium + "governance:"));
        }

        return Yaml.With([.. changes]);
    }

    [TestCase("lighthouse", "member Tianjin Lighthouse Coating Group Co., Ltd. ('lighthouse')")]
    [TestCase("\"Tianjin Lighthouse Coating Group Co., Ltd.\"", "member Tianjin Lighthouse Coating Group Co., Ltd. ('lighthouse')")]
    [TestCase("Example Coatings Technology Innovation Strategic Alliance", "the alliance ('Example Coatings Technology Innovation Strategic Alliance')")]
    [TestCase("本联盟", "the alliance ('本联盟')")]
    [TestCase("Secretariat", "the alliance's body Secretariat ('secretariat')")]
    public void Evaluate_GrantSupervisedByThePartiesThemselves_FiresAtSupervisedBy(string supervisor, string named)
    {
        var finding = SupervisedBy(supervisor).ShouldFire("AC420")[0];

        finding.Location.Path.ShouldBe("$.funds.sources[2].supervisedBy");
        finding.Severity.ShouldBe(Severity.Error);
        finding.Message.English.ShouldContain($"is to be supervised by {named}");
    }

    [Test]
    public void Evaluate_GrantSupervisedByAConsortium_Fires() =>
        SupervisedBy("水性涂料联合体", consortia: true).ShouldFire("AC420")[0].Message.Chinese
            .ShouldContain("由联合体水性涂料联合体（waterborne）监督");

    [Test]
    public void Evaluate_GrantSupervisedByTheAuthority_DoesNotFire() => Some.Agreement().ShouldNotFire("AC420");
}
