namespace AllianceCompliance.Rules;

/// <summary>The provisions rules cite, article and item.</summary>
internal static class Cite
{
    public const string Art4 = "Guiding Opinions Art. 4(1)";
    public const string Art8Item1 = "Guiding Opinions Art. 8(1)";
    public const string Art8Item2 = "Guiding Opinions Art. 8(2)";
    public const string Art8Item3 = "Guiding Opinions Art. 8(3)";
    public const string Art8Item4 = "Guiding Opinions Art. 8(4)";
    public const string Art8Item5 = "Guiding Opinions Art. 8(5)";
    public const string Art8Item6 = "Guiding Opinions Art. 8(6)";
    public const string CreditCodeStandard = "GB 32100-2015 (unified social credit code)";
    public const string PilotApplication = "Pilot procedure (2013), 2(1) application materials";
    public const string PilotFunds = "Pilot procedure (2013), 4(3) alliance funds";
    public const string PilotWithdrawal = "Pilot procedure (2013), 4(4) withdrawal or termination";
    public const string CoatingAllianceRisk = "China coating industry alliance report (2012): risk shared by all parties";
    public const string Templates = "Alliance agreement templates: general clauses";
    public const string ArbitrationCommission = "PRC Arbitration Law Arts. 16, 18 (an arbitration agreement names the commission)";
    public const string ArbitrationLaw = "PRC Arbitration Law Art. 16; SPC Interpretation Art. 7 (arbitration or litigation, not both)";
}
