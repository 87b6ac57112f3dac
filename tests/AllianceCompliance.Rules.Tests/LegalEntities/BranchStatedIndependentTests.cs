using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.LegalEntities;

public sealed class BranchStatedIndependentTests
{
    [Test]
    public void Evaluate_ChineseBranchNameStatedIndependent_FiresAtLocalName()
    {
        var finding = Some.WithMember("lighthouse", m => m with { LocalName = "天津灯塔涂料集团有限公司北京分公司" }).ShouldFire("AC116")[0];

        finding.Severity.ShouldBe(Findings.Severity.Error);
        finding.Location.Path.ShouldBe("$.members[0].localName");
        finding.Message.English.ShouldContain("'天津灯塔涂料集团有限公司北京分公司'");
    }

    [TestCase("Bank of China Tianjin Branch")]
    [TestCase("Example Coatings (Shanghai Branch)")]
    public void Evaluate_EnglishBranchName_Fires(string name) =>
        Some.WithMember("lighthouse", m => m with { Name = name }).ShouldFire("AC116");

    [TestCase("中国银行天津市分行")]
    [TestCase("某某集团驻京办事处")]
    public void Evaluate_OtherChineseBranchMarks_Fire(string name) =>
        Some.WithMember("lighthouse", m => m with { LocalName = name }).ShouldFire("AC116");

    [Test]
    public void Evaluate_BranchStatedNotIndependent_IsLeftToAC104() =>
        Some.WithMember("lighthouse", m => m.WithLegalPerson(p => p with { Independent = false }) with { LocalName = "某公司分公司" }).ShouldNotFire("AC116");

    [TestCase("Branchwood Materials Co., Ltd.")]
    [TestCase("分公司管理研究院有限公司")]
    public void Evaluate_NameMerelyContainingTheWord_DoesNotFire(string name) =>
        Some.WithMember("lighthouse", m => m with { Name = name, LocalName = name }).ShouldNotFire("AC116");
}
