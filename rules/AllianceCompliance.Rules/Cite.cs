using AllianceCompliance.Findings;

namespace AllianceCompliance.Rules;

/// <summary>The provisions rules cite, article and item, as a reader of each language would cite them.</summary>
internal static class Cite
{
    private const string Opinions = "《关于推动产业技术创新战略联盟构建的指导意见》";
    // 001 is a secondary web summary of the pilot procedure, not a normative document: not in 《》.
    private const string Pilot = "“产业技术创新战略联盟构建与管理”（2013 年网络综述，非规范性文件）";
    private const string PilotEnglish = "Web summary of the pilot procedure (2013, secondary)";
    private const string SpcInterpretation = "《最高人民法院关于适用〈中华人民共和国仲裁法〉若干问题的解释》（法释〔2006〕7号）";

    public static readonly LocalizedText Art2 = new("Guiding Opinions Art. 2 (shared benefits and risks)", Opinions + "第二条（利益共享、风险共担）");
    public static readonly LocalizedText Art3 = new("Guiding Opinions Art. 3", Opinions + "第三条");
    public static readonly LocalizedText Art4 = new("Guiding Opinions Art. 4(1)", Opinions + "第四条第（一）项");
    public static readonly LocalizedText Art7 = new("Guiding Opinions Art. 7", Opinions + "第七条");
    public static readonly LocalizedText Art8Item1 = new("Guiding Opinions Art. 8(1)", Opinions + "第八条第（一）项");
    public static readonly LocalizedText Art8Item2 = new("Guiding Opinions Art. 8(2)", Opinions + "第八条第（二）项");
    public static readonly LocalizedText Art8Item3 = new("Guiding Opinions Art. 8(3)", Opinions + "第八条第（三）项");
    public static readonly LocalizedText Art8Item4 = new("Guiding Opinions Art. 8(4)", Opinions + "第八条第（四）项");
    public static readonly LocalizedText Art8Item5 = new("Guiding Opinions Art. 8(5)", Opinions + "第八条第（五）项");
    public static readonly LocalizedText Art8Item6 = new("Guiding Opinions Art. 8(6)", Opinions + "第八条第（六）项");
    public static readonly LocalizedText CreditCodeStandard = new(
        "GB 32100-2015 (unified social credit code)", "GB 32100-2015《法人和其他组织统一社会信用代码编码规则》");
    public static readonly LocalizedText PilotApplication = new(
        PilotEnglish + ", 2(1) application materials", Pilot + "二（一）申报材料");
    public static readonly LocalizedText PilotFunds = new(
        PilotEnglish + ", 4(3) alliance funds", Pilot + "四（三）联盟经费");
    public static readonly LocalizedText PilotWithdrawal = new(
        PilotEnglish + ", 4(4) withdrawal or termination", Pilot + "四（四）调整、退出或终止");
    public static readonly LocalizedText CoatingAllianceRisk = new(
        "China coating industry alliance news report (2012, secondary): capital investment and risk shared by all parties", "中国涂料产业技术创新战略联盟新闻报道（2012，非规范性文件）：研发风险由各方共担");
    public static readonly LocalizedText Templates = new(
        "Alliance agreement templates: general clauses", "联盟协议范本：一般条款");
    public static readonly LocalizedText ArbitrationCommission = new(
        "PRC Arbitration Law Arts. 16, 18; SPC Interpretation on the Arbitration Law (Fa Shi [2006] No. 7) Arts. 3-6 (the commission chosen, or identifiable)",
        "《中华人民共和国仲裁法》第十六条、第十八条；" + SpcInterpretation + "第三条至第六条（选定或可以确定的仲裁委员会）");
    public static readonly LocalizedText ArbitrationLaw = new(
        "PRC Arbitration Law Arts. 16, 20; SPC Interpretation on the Arbitration Law (Fa Shi [2006] No. 7) Art. 7 (arbitration or litigation, not both)",
        "《中华人民共和国仲裁法》第十六条、第二十条；" + SpcInterpretation + "第七条（或裁或诉）");
    public static readonly LocalizedText CivilCodeFormation = new(
        "PRC Civil Code Art. 490 (a written contract is formed when the parties sign, seal or fingerprint it)",
        "《中华人民共和国民法典》第四百九十条（当事人均签名、盖章或者按指印时合同成立）");
    public static readonly LocalizedText CompanyLawBranch = new(
        "PRC Company Law Art. 13; Civil Code Art. 74 (a branch is not a legal person)",
        "《中华人民共和国公司法》第十三条；《中华人民共和国民法典》第七十四条（分公司不具有法人资格）");

    /// <summary>Several provisions cited together.</summary>
    public static LocalizedText Join(params LocalizedText[] provisions) => new(
        string.Join("; ", provisions.Select(p => p.English)), string.Join("；", provisions.Select(p => p.Chinese)));
}
