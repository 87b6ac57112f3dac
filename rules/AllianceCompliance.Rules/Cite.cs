using AllianceCompliance.Findings;

namespace AllianceCompliance.Rules;

/// <summary>The provisions rules cite, article and item, as a reader of each language would cite them.</summary>
internal static class Cite
{
    private const string Opinions = "《关于推动产业技术创新战略联盟构建的指导意见》";
    private const string Pilot = "《产业技术创新战略联盟构建与管理》（2013）";

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
        "Pilot procedure (2013), 2(1) application materials", Pilot + "二（一）申报材料");
    public static readonly LocalizedText PilotFunds = new(
        "Pilot procedure (2013), 4(3) alliance funds", Pilot + "四（三）联盟经费");
    public static readonly LocalizedText PilotWithdrawal = new(
        "Pilot procedure (2013), 4(4) withdrawal or termination", Pilot + "四（四）调整、退出或终止");
    public static readonly LocalizedText CoatingAllianceRisk = new(
        "China coating industry alliance report (2012): risk shared by all parties", "中国涂料产业技术创新战略联盟报道（2012）：研发风险由各方共担");
    public static readonly LocalizedText Templates = new(
        "Alliance agreement templates: general clauses", "联盟协议范本：一般条款");
    public static readonly LocalizedText ArbitrationCommission = new(
        "PRC Arbitration Law Arts. 16, 18 (an arbitration agreement names the commission)", "《中华人民共和国仲裁法》第十六条、第十八条（仲裁协议应选定仲裁委员会）");
    public static readonly LocalizedText ArbitrationLaw = new(
        "PRC Arbitration Law Art. 16; SPC Interpretation Art. 7 (arbitration or litigation, not both)",
        "《中华人民共和国仲裁法》第十六条；最高人民法院关于适用仲裁法若干问题的解释第七条（或裁或诉）");

    /// <summary>Several provisions cited together.</summary>
    public static LocalizedText Join(params LocalizedText[] provisions) => new(
        string.Join("; ", provisions.Select(p => p.English)), string.Join("；", provisions.Select(p => p.Chinese)));
}
