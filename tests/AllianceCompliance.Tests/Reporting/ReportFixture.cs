using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using AllianceCompliance.Findings;
using AllianceCompliance.Loading;
using AllianceCompliance.Reporting;

namespace AllianceCompliance.Tests.Reporting;

/// <summary>
/// A fixed report for the writers: one agreement with findings of every severity (one waived), whose
/// members are named to break Markdown and HTML, and one document that is not valid YAML. The
/// findings come from test descriptors, not the rule set, so the snapshots change only with the writers.
/// </summary>
internal static class ReportFixture
{
    public const string ExamplePath = "agreements/example.yaml";
    public const string BrokenPath = "agreements/broken.yaml";
    public const string ScriptName = "<script>alert(1)</script>";

    public const string ExampleYaml = """
        format: alliance-agreement/v1
        alliance:
          name: Example Coatings Alliance
          leadMember: corp
        members:
          - id: corp
            name: Example Corp
            kind: enterprise
            legalPerson: { independent: true, creditCode: 914403001922038216 }
          - id: uni
            name: <script>alert(1)</script>
            kind: university
            legalPerson: { independent: false }
          - id: lab
            name: a|b *c* _d_ [e](http://f) `g` & $x$
            kind: research-institute
        agreement:
          effectiveFrom: 2012-08-29
          goals:
            - { id: G1, statement: Develop coatings }
          signatures:
            - { member: corp, signatory: Zhang San, sealed: true }
        """;

    public const string BrokenYaml = "format: alliance-agreement/v1\nmembers: [\n";

    public static readonly RuleDescriptor NotIndependent = new(
        "X104", ConditionId.LegalEntities, Severity.Error, new("Guiding Opinions Art. 8(1)", "《指导意见》第八条第（一）项"),
        new("Member is not an independent legal entity", "成员不是独立法人"),
        new("Member '{0}' is not an independent legal entity.", "成员“{0}”不是独立法人。"),
        new("Only independent legal entities can be members; remove it or name the legal entity it belongs to.", "只有独立法人可以成为成员；请删除该成员或改为其所属法人。"));

    public static readonly RuleDescriptor NoExpertise = new(
        "X111", ConditionId.LegalEntities, Severity.Warning, new("Guiding Opinions Art. 8(1)", "《指导意见》第八条第（一）项"),
        new("Expertise not evidenced", "未说明专业优势"),
        new("Institute '{0}' gives no evidence of expertise.", "研究机构“{0}”未说明其专业优势。"),
        new("Add 'expertise' to the member.", "为该成员补充“expertise”。"));

    public static readonly RuleDescriptor NoDueDate = new(
        "X201", ConditionId.Agreement, Severity.Warning, new("Guiding Opinions Art. 8(2)", "《指导意见》第八条第（二）项"),
        new("Goal has no due date", "目标未规定期限"),
        new("Goal '{0}' has no due date.", "目标“{0}”未规定完成期限。"),
        new("Give each goal a 'due' date within the term.", "为每个目标规定期限内的“due”日期。"));

    public static readonly RuleDescriptor NoRevenueSharing = new(
        "X501", ConditionId.Interests, Severity.Error, new("Guiding Opinions Art. 8(5)", "《指导意见》第八条第（五）项"),
        new("Revenue sharing not agreed", "未约定收益分配"),
        new("The agreement does not say how revenue is shared.", "协议未约定收益如何分配。"),
        new("Add 'intellectualProperty.revenueSharing'.", "补充“intellectualProperty.revenueSharing”。"));

    public static readonly RuleDescriptor NoForum = new(
        "X701", ConditionId.Clauses, Severity.Info, new("Agreement templates", "协议范本"),
        new("Dispute forum not named", "未写明争议解决机构"),
        new("No dispute resolution clause is given.", "未给出争议解决条款。"),
        new("Name an arbitration commission or a court.", "写明仲裁委员会或法院。"));

    public static CheckReport Report() => new("1.2.3", "test-rules", "0.0.1", [Example(), Broken()]);

    public static DocumentReport Example()
    {
        var loaded = new AgreementLoader().Load(ExampleYaml);
        loaded.Errors.ShouldBeEmpty();
        var document = loaded.Document!;
        var members = document.Members;
        var goal = document.Agreement!.Goals[0];
        ImmutableArray<Finding> findings =
        [
            NotIndependent.At(members[1].LegalPerson!.At("independent"), "Art. 5", members[1].Name),
            NoExpertise.At(members[2].Location, null, members[2].Name),
            NoDueDate.At(goal.Location, null, goal.Id),
            NoRevenueSharing.At(document.Location.Child("intellectualProperty"), null) with
            {
                Waiver = new("X501", "Agreed in the side letter <2012-09-01> | signed by all", null),
            },
            // A finding may carry its own fix (a reading rule's, for the kind of clause it found): reports show it, not the rule's.
            NoForum.At(document.Agreement.Location.Child("disputeResolution"), null) with
            {
                Remediation = new("Name the arbitration commission.", "写明仲裁委员会。"),
            },
        ];
        return new(
            ExamplePath, Sha(ExampleYaml), document.Alliance!.Name,
            Assessment.Verdict(findings, true), Assessment.Conditions(findings, true, false), findings);
    }

    public static DocumentReport Broken()
    {
        var errors = new AgreementLoader().Load(BrokenYaml).Errors;
        return new(BrokenPath, Sha(BrokenYaml), null, Assessment.Verdict(errors, false), Assessment.Conditions(errors, false, false), errors);
    }

    public static string Source(DocumentReport document) => document.Path == ExamplePath ? ExampleYaml : BrokenYaml;

    public static string Write(string format, Language language = Language.English)
    {
        var output = new StringWriter { NewLine = "\n" };
        ReportWriters.Get(format).Write(Report(), output, new ReportOptions(language) { SourceText = Source });
        return output.ToString();
    }

    private static string Sha(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
