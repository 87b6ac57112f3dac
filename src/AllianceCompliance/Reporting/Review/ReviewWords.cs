using AllianceCompliance.Findings;
using AllianceCompliance.Model;

namespace AllianceCompliance.Reporting.Review;

/// <summary>
/// Every fixed word of the review memo (<c>--format docx</c>), the HTML report's review sections
/// and the comments of an annotated draft, in each language. The texts of the Guiding Opinions'
/// provisions are data (<c>Provisions.json</c>), not words.
/// </summary>
internal static class ReviewWords
{
    public static readonly LocalizedText MemoTitle = new("Compliance Review Memorandum", "合规审查备忘录");
    public static readonly LocalizedText ReportTitle = new("Alliance Agreement Compliance Report", "联盟协议合规检查报告");
    public static readonly LocalizedText Against = new(
        "Alliance agreement reviewed against the Guiding Opinions on Promoting the Establishment of Industrial Technology Innovation Strategic Alliances (Guo Ke Fa Zheng [2008] No. 770)",
        "联盟协议对照《关于推动产业技术创新战略联盟构建的指导意见》（国科发政〔2008〕770号）的审查意见");
    public static readonly LocalizedText Scope = new(
        "Produced by alliance-check from the structured description of the agreement named below; it reviews what that description records. The technical locations of the findings in that description are listed in the appendix.",
        "本文件由 alliance-check 根据下列协议的结构化描述生成，审查范围以该描述所记载的内容为限。各问题在描述文件中的技术定位见附录。");

    public static readonly LocalizedText Page = new("Page {0} of {1}", "第 {0} 页，共 {1} 页");

    public static readonly LocalizedText Alliance = new("Alliance", "联盟名称");
    public static readonly LocalizedText OtherName = new("Name in Chinese", "英文名称");
    public static readonly LocalizedText AgreementTitle = new("Agreement", "协议名称");
    public static readonly LocalizedText File = new("File reviewed", "审查文件");
    public static readonly LocalizedText Sha256 = new("SHA-256 of the file", "文件 SHA-256 值");
    public static readonly LocalizedText CheckedAt = new("Date and time of the check", "检查时间");
    public static readonly LocalizedText Tool = new("Tool", "检查工具");
    public static readonly LocalizedText RuleSet = new("Rule set", "规则集");
    public static readonly LocalizedText Conclusion = new("Conclusion", "审查结论");
    public static readonly LocalizedText Unnamed = new("(not named in the file)", "（文件未载明）");

    public static readonly LocalizedText AtAGlance = new("The conditions at a glance", "基本条件一览");
    public static readonly LocalizedText Condition = new("Condition", "条件");
    public static readonly LocalizedText Source = new("Provision", "依据");
    public static readonly LocalizedText Status = new("Assessment", "结论");
    public static readonly LocalizedText FindingCount = new("Findings", "问题数");

    public static readonly LocalizedText InDetail = new("The conditions in detail", "逐项审查意见");
    public static readonly LocalizedText Requires = new("What the provision says", "规定原文");
    public static readonly LocalizedText Item = new("Item", "事项");
    public static readonly LocalizedText ArticleColumn = new("Article", "条款");
    public static readonly LocalizedText TermsColumn = new("What it says", "约定内容");
    public static readonly LocalizedText SeverityTag = new("[{0}]", "【{0}】");
    public static readonly LocalizedText Provides = new("What the agreement provides", "协议的约定");
    public static readonly LocalizedText ProvidesNothing = new("The agreement records nothing for this condition.", "协议未就此作出约定。");
    public static readonly LocalizedText NotAssessed = new("Not assessed: the condition does not apply to this agreement, or the file could not be read.", "未评估：该条件不适用于本协议，或文件无法读取。");
    public static readonly LocalizedText FindingsHeading = new("Findings", "发现的问题");
    public static readonly LocalizedText NoFindings = new("No findings: on what the agreement records, the condition is met.", "未发现问题：根据协议的记载，该条件已满足。");
    public static readonly LocalizedText LoadErrors = new("The file could not be assessed", "文件无法评估");
    public static readonly LocalizedText More = new("and {0} more", "另有 {0} 项");

    public static readonly LocalizedText Article = new("Article of the agreement", "协议条款");
    public static readonly LocalizedText NoArticle = new("not named in the file", "文件未注明");
    public static readonly LocalizedText Cites = new("Cites", "依据");
    public static readonly LocalizedText Issue = new("What is wrong", "存在的问题");
    public static readonly LocalizedText Fix = new("How to fix it", "修改建议");
    public static readonly LocalizedText WaivedBecause = new("Waived because", "豁免理由");
    public static readonly LocalizedText Waived = new("waived", "已豁免");

    public static readonly LocalizedText Appendix = new("Appendix: technical locations", "附录：技术定位");
    public static readonly LocalizedText AppendixNote = new(
        "Where each finding lies in the checked YAML file (line, column and path), for whoever maintains the file.",
        "各问题在所检查的 YAML 文件中的位置（行、列及路径），供维护该文件的人员使用。");
    public static readonly LocalizedText Number = new("No.", "序号");
    public static readonly LocalizedText Rule = new("Rule", "规则");
    public static readonly LocalizedText Line = new("Line", "行");
    public static readonly LocalizedText Column = new("Column", "列");
    public static readonly LocalizedText Path = new("Path", "路径");

    // What the agreement provides: the labels of its entries.
    public static readonly LocalizedText Members = new("Member", "成员单位");
    public static readonly LocalizedText LeadMember = new("Lead member", "牵头单位");
    public static readonly LocalizedText CreditCode = new("credit code {0}", "统一社会信用代码 {0}");
    public static readonly LocalizedText Representative = new("legal representative {0}", "法定代表人 {0}");
    public static readonly LocalizedText GoverningLaw = new("Governing law", "适用法律");
    public static readonly LocalizedText EffectiveFrom = new("Effective from", "生效日期");
    public static readonly LocalizedText Term = new("Term", "协议期限");
    public static readonly LocalizedText Goal = new("Goal {0}", "目标 {0}");
    public static readonly LocalizedText Measure = new("measured by: {0}", "衡量标准：{0}");
    public static readonly LocalizedText Due = new("due {0}", "完成时间 {0}");
    public static readonly LocalizedText Tasks = new("Division of tasks", "任务分工");
    public static readonly LocalizedText TaskCount = new("{0} task(s) assigned to {1} member(s)", "{1} 家成员单位承担 {0} 项任务");
    public static readonly LocalizedText Signature = new("Signature", "签署");
    public static readonly LocalizedText SignedBy = new("signed by {0}", "签署人 {0}");
    public static readonly LocalizedText Sealed = new("sealed", "已盖章");
    public static readonly LocalizedText Body = new("Body", "组织机构");
    public static readonly LocalizedText FullTimeStaff = new("{0} full-time staff", "专职人员 {0} 名");
    public static readonly LocalizedText HostedBy = new("hosted by {0}", "依托单位 {0}");
    public static readonly LocalizedText DecisionRule = new("quorum {0}, majority {1}", "出席 {0}，表决 {1}");
    public static readonly LocalizedText SeatCount = new("{0} member(s)", "成员 {0} 家");
    public static readonly LocalizedText ExternalLiability = new("Bears the external obligations", "对外承担责任的主体");
    public static readonly LocalizedText FundMeasures = new("Fund management measures", "经费管理办法");
    public static readonly LocalizedText Covers = new("covering {0}", "涵盖{0}");
    public static readonly LocalizedText Oversight = new("Internal oversight", "内部监督");
    public static readonly LocalizedText Custodian = new("Funds managed by", "经费管理单位");
    public static readonly LocalizedText FundSource = new("Fund source", "经费来源");
    public static readonly LocalizedText SupervisedBy = new("supervised by {0}", "监督部门 {0}");
    public static readonly LocalizedText Background = new("Background IP", "背景知识产权");
    public static readonly LocalizedText Ownership = new("Ownership of results", "成果权属");
    public static readonly LocalizedText Licensing = new("Licensing", "许可使用");
    public static readonly LocalizedText RevenueSharing = new("Revenue sharing", "收益分配");
    public static readonly LocalizedText BreachLiability = new("Breach liability", "违约责任");
    public static readonly LocalizedText Admission = new("Admission of new members", "吸纳新成员");
    public static readonly LocalizedText ExternalCooperation = new("External cooperation", "对外交流合作");
    public static readonly LocalizedText Dissemination = new("Dissemination of results", "成果扩散");
    public static readonly LocalizedText GovernmentFundedSharing = new("Sharing government-funded results", "政府资助成果向外扩散");
    public static readonly LocalizedText Withdrawal = new("Withdrawal", "成员退出");
    public static readonly LocalizedText NoticeDays = new("{0} days' notice", "提前 {0} 日通知");
    public static readonly LocalizedText Dissolution = new("Dissolution and liquidation", "解散与清算");
    public static readonly LocalizedText DisputeResolution = new("Dispute resolution", "争议解决");
    public static readonly LocalizedText PilotApplication = new("Pilot application submitted", "试点申请提交日期");
    public static readonly LocalizedText PilotMaterials = new("Application materials", "申报材料");

    // Comments in an annotated draft.
    public static readonly LocalizedText CommentAuthor = new("alliance-check", "alliance-check");
    public static readonly LocalizedText SummaryComment = new(
        "alliance-check review of this draft: {0} error(s), {1} warning(s); conclusion: {2}. Each finding on an article is a comment on that article.",
        "alliance-check 审查意见：错误 {0} 项，警告 {1} 项；结论：{2}。指向具体条款的问题已以批注形式标注在该条款处。");
    public static readonly LocalizedText UnplacedFindings = new(
        "Findings that name no article, or whose article was not found in this draft:",
        "以下问题未注明条款，或在本稿中未找到其所指条款：");

    /// <summary>The separators between the parts of one entry, and between the items of a list.</summary>
    public static readonly LocalizedText Separator = new("; ", "；");
    public static readonly LocalizedText ListSeparator = new(", ", "、");
    public static readonly LocalizedText Colon = new(": ", "：");
    public static readonly LocalizedText Parenthesised = new(" ({0})", "（{0}）");

    public static LocalizedText Of(Verdict verdict) => verdict switch
    {
        Findings.Verdict.Compliant => new("Compliant", "合规"),
        Findings.Verdict.CompliantWithWarnings => new("Compliant, with warnings", "合规但有警告"),
        Findings.Verdict.NonCompliant => new("Non-compliant", "不合规"),
        _ => new("Could not be assessed", "无法评估"),
    };

    public static LocalizedText Of(ConditionStatus status) => status switch
    {
        ConditionStatus.Met => new("Met", "符合"),
        ConditionStatus.MetWithWarnings => new("Met, with warnings", "符合但有警告"),
        ConditionStatus.NotMet => new("Not met", "不符合"),
        _ => new("Not assessed", "未评估"),
    };

    public static LocalizedText Of(Severity severity) => severity switch
    {
        Severity.Error => new("Error", "错误"),
        Severity.Warning => new("Warning", "警告"),
        _ => new("Note", "提示"),
    };

    public static LocalizedText Of(MemberKind kind) => kind switch
    {
        MemberKind.Enterprise => new("enterprise", "企业"),
        MemberKind.University => new("university", "高校"),
        MemberKind.ResearchInstitute => new("research institute", "科研机构"),
        _ => new("other organisation", "其他组织"),
    };

    public static LocalizedText Of(BodyRole role) => role switch
    {
        BodyRole.Decision => new("decision body", "决策机构"),
        BodyRole.Consultation => new("consultation body", "咨询机构"),
        BodyRole.Execution => new("execution body", "执行机构"),
        _ => new("supervisory body", "监督机构"),
    };

    public static LocalizedText Of(SignatoryCapacity capacity) => capacity switch
    {
        SignatoryCapacity.LegalRepresentative => new("as legal representative", "法定代表人"),
        _ => new("as authorised agent", "授权代理人"),
    };

    public static LocalizedText Of(FundSourceKind kind) => kind switch
    {
        FundSourceKind.MemberContribution => new("member contribution", "成员出资"),
        FundSourceKind.GovernmentGrant => new("government grant", "政府资助"),
        FundSourceKind.Loan => new("loan", "贷款"),
        FundSourceKind.ExternalInvestment => new("external investment", "外部投资"),
        _ => new("other", "其他"),
    };

    public static LocalizedText Of(FundTopic topic) => topic switch
    {
        FundTopic.Organisation => new("organisation", "组织实施"),
        FundTopic.Matching => new("matching funds", "配套经费"),
        FundTopic.Use => new("use", "经费使用"),
        FundTopic.Supervision => new("supervision", "监督检查"),
        FundTopic.Accountability => new("accountability", "责任追究"),
        FundTopic.IpSharing => new("IP sharing", "知识产权共享"),
        FundTopic.Budget => new("budget", "预算"),
        _ => new("audit", "审计"),
    };

    public static LocalizedText Of(DisputeMethod method) => method switch
    {
        DisputeMethod.Negotiation => new("negotiation", "协商"),
        DisputeMethod.Mediation => new("mediation", "调解"),
        DisputeMethod.Arbitration => new("arbitration", "仲裁"),
        _ => new("litigation", "诉讼"),
    };

    public static LocalizedText Of(PilotMaterial material) => material switch
    {
        PilotMaterial.AgreementText => new("agreement text", "联盟协议文本"),
        PilotMaterial.ApplicationForm => new("application form", "申请表"),
        PilotMaterial.NecessityStatement => new("statement of necessity", "必要性说明"),
        PilotMaterial.MemberCertificates => new("members' certificates", "成员单位证照"),
        _ => new("powers of attorney", "授权委托书"),
    };
}
