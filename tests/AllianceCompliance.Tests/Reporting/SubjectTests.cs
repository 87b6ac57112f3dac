using AllianceCompliance.Findings;
using AllianceCompliance.Loading;
using AllianceCompliance.Reporting;
using AllianceCompliance.Reporting.Review;
using AllianceCompliance.Rules;
using AllianceCompliance.Tests.Support;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AllianceCompliance.Tests.Reporting;

/// <summary>
/// A finding carries the members and bodies it names as subjects, apart from its message: the
/// message names them with their ids (text, JSON, SARIF...), the review (memo, HTML sections) by
/// their names alone, from the finding itself.
/// </summary>
public sealed class SubjectTests
{
    private static readonly Subject Institute = new("hunan-rail-institute", "Hunan Institute of Rail Transit Technology", "湖南省轨道交通技术研究所");
    private static readonly Subject University = new("csu", "Central South University", "中南大学");
    private static readonly Subject Bogie = new("liyuan-bogie", "Zhuzhou Liyuan Rail Vehicle Bogie Co., Ltd.", "株洲立远轨道车辆转向架有限公司");

    [Test]
    public void Finding_NamingAMember_CarriesItAsItsSubject_AndItsMessageGivesItsId()
    {
        var finding = Check(Hunan()).Findings.Single(f => f.RuleId == "AC208");

        finding.Subjects.ShouldBe([Institute]);
        finding.Message.ShouldBe(new LocalizedText(
            "Member Hunan Institute of Rail Transit Technology ('hunan-rail-institute') has not signed the agreement.",
            "成员湖南省轨道交通技术研究所（hunan-rail-institute）未签署协议。"));
    }

    [Test]
    public void Review_NamesTheSubjectsByNameAlone_WithoutTheAgreement()
    {
        var report = Check(Hunan());

        Reviewed(report, Language.English, "AC208").ShouldBe("Member Hunan Institute of Rail Transit Technology has not signed the agreement.");
        Reviewed(report, Language.Chinese, "AC208").ShouldBe("成员湖南省轨道交通技术研究所未签署协议。");
    }

    [Test]
    public void Finding_NamingAListOfMembers_CarriesEach_AndTheReviewJoinsTheirNames()
    {
        var report = Check(Hunan(
            ("    - { kind: member-contribution, from: csu, amount: 500000 }   # in kind, at the agreed value\n", string.Empty),
            ("    - { kind: member-contribution, from: hunan-rail-institute, amount: 500000 }   # in kind, at the agreed value\n", string.Empty)));
        var finding = report.Findings.Single(f => f.RuleId == "AC432");

        finding.Subjects.ShouldBe([University, Institute]);
        finding.Message.Chinese.ShouldBe("经费来源中没有 2 家成员的出资：中南大学（csu）和湖南省轨道交通技术研究所（hunan-rail-institute）。");
        Reviewed(report, Language.English, "AC432").ShouldBe(
            "The sources of funds list no contribution of 2 member(s): Central South University and Hunan Institute of Rail Transit Technology.");
        Reviewed(report, Language.Chinese, "AC432").ShouldBe("经费来源中没有 2 家成员的出资：中南大学和湖南省轨道交通技术研究所。");
    }

    [Test]
    public void Finding_NamingAMemberByItsId_CarriesIt_AndTheReviewStillNamesIt()
    {
        var report = Check(Hunan(
            ("  custodian: xiangyun-traction", "  custodian: liyuan-bogie"),
            ("      independent: true\n      creditCode: \"91430200732846159W\"", "      independent: false\n      creditCode: \"91430200732846159W\"")));
        var finding = report.Findings.Single(f => f.RuleId == "AC431");

        finding.Subjects.ShouldBe([Bogie]);
        finding.Message.English.ShouldStartWith("Member 'liyuan-bogie', which keeps the alliance's funds,");
        finding.Message.Chinese.ShouldStartWith("管理联盟经费的成员“liyuan-bogie”不是独立法人");
        Reviewed(report, Language.English, "AC431").ShouldStartWith("Member Zhuzhou Liyuan Rail Vehicle Bogie Co., Ltd., which keeps the alliance's funds,");
        Reviewed(report, Language.Chinese, "AC431").ShouldStartWith("管理联盟经费的成员株洲立远轨道车辆转向架有限公司不是独立法人");
    }

    [Test]
    public void Finding_NamingNoMember_HasNoSubjects_AndTheReviewShowsItsMessage()
    {
        var report = Check(Hunan());
        var finding = report.Findings.First(f => f.RuleId == "AC202");

        finding.Subjects.ShouldBeEmpty();
        Reviewed(report, Language.Chinese, "AC202").ShouldBe(finding.Message.Chinese);
    }

    [Test]
    public void JsonReport_ListsTheSubjectsOfAFinding_BesideItsMessage()
    {
        var output = new StringWriter();
        new JsonReportWriter().Write(new CheckReport("1.0.0", GuidingOpinions.Id, GuidingOpinions.Version, [Check(Hunan())]), output, new ReportOptions(Language.Chinese));
        var findings = JObject.Parse(output.ToString())["documents"]![0]!["findings"]!;

        var unsigned = findings.Single(f => (string?)f["ruleId"] == "AC208");
        ((string?)unsigned["message"]).ShouldBe("成员湖南省轨道交通技术研究所（hunan-rail-institute）未签署协议。");
        unsigned["subjects"]!.ToString(Formatting.None).ShouldBe(
            """[{"id":"hunan-rail-institute","name":"Hunan Institute of Rail Transit Technology","localName":"湖南省轨道交通技术研究所"}]""");
        findings.First(f => (string?)f["ruleId"] == "AC202")["subjects"].ShouldBeNull();
    }

    [Test]
    public void Review_OfAFindingOfThePreviousDraft_NamesItsSubjectsByName_FromTheBaseline()
    {
        var previous = new StringWriter();
        new JsonReportWriter().Write(new CheckReport("1.0.0", GuidingOpinions.Id, GuidingOpinions.Version, [Check(Hunan())]), previous, new ReportOptions(Language.Chinese));
        var path = Path.GetTempFileName();
        Baseline? baseline;
        try
        {
            File.WriteAllText(path, previous.ToString());
            baseline = Baseline.Read(path, LoadLimits.Default, out _).ShouldNotBeNull();
        }
        finally
        {
            File.Delete(path);
        }

        // The member has signed since: the previous draft's finding is resolved, and the review names the member as the previous report did.
        var signed = Check(Hunan(("  signatures:\n", "  signatures:\n    - { member: hunan-rail-institute, signatory: Peng Zhiyuan, capacity: legal-representative, date: 2013-04-18, sealed: true }\n")));
        var compared = baseline.Compare(new CheckReport("1.0.0", GuidingOpinions.Id, GuidingOpinions.Version, [signed])).Documents[0];
        var gone = compared.Fixed!.Value.Single(f => f.RuleId == "AC208");

        gone.Subjects.ShouldBe([Institute]);
        gone.MessageByName(Language.Chinese).ShouldBe("成员湖南省轨道交通技术研究所未签署协议。");
    }

    private static DocumentReport Check(string yaml) => new AgreementChecker(GuidingOpinions.RuleSet).CheckText(yaml);

    private static string Reviewed(DocumentReport report, Language language, string ruleId) =>
        DocumentReview.Of(report, agreement: null, language).Findings.First(f => f.Finding.RuleId == ruleId).Message;

    private static string Hunan(params (string From, string To)[] changes)
    {
        var text = File.ReadAllText(Repository.File("samples", "hunan-rail-traction-alliance.yaml")).ReplaceLineEndings("\n");
        foreach (var (from, to) in changes)
        {
            text.ShouldContain(from);
            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        return text;
    }
}
