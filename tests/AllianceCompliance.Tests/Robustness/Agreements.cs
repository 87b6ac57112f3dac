using System.Text;
using AllianceCompliance.Rules;

namespace AllianceCompliance.Tests.Robustness;

/// <summary>The shared checker and the agreements the robustness tests start from.</summary>
internal static class Agreements
{
    /// <summary>One checker, with the compiled rule set shared by every test and thread.</summary>
    public static AgreementChecker Checker { get; } = new(GuidingOpinions.RuleSet);

    /// <summary>The compliant baseline of the rule tests, read at run time.</summary>
    public static string Compliant { get; } =
        File.ReadAllText(Path.Combine(Repository.Root, "tests", "AllianceCompliance.Rules.Tests", "Support", "compliant.yaml"));

    /// <summary>The baseline signed for the lead member by someone other than its legal representative: one error, at a known place.</summary>
    public static string WithOneFinding { get; } = Replace(Compliant, "signatory: Zhang San", "signatory: Zhao Liu");

    /// <summary>Checks bytes under a deadline.</summary>
    public static AllianceCompliance.Reporting.DocumentReport Check(byte[] bytes, AgreementChecker? checker = null) =>
        Bounded.Run(() => (checker ?? Checker).Check(bytes, "hostile.yaml"), TimeSpan.FromSeconds(60), "Checking the file");

    /// <summary>Checks UTF-8 text under a deadline.</summary>
    public static AllianceCompliance.Reporting.DocumentReport Check(string text, AgreementChecker? checker = null) =>
        Check(Encoding.UTF8.GetBytes(text), checker);

    /// <summary>The 1-based line and column where a text first occurs.</summary>
    public static (int Line, int Column) PositionOf(string text, string part)
    {
        var at = text.IndexOf(part, StringComparison.Ordinal);
        at.ShouldBeGreaterThanOrEqualTo(0, $"'{part}' is not in the text");
        var before = text[..at];
        return (before.Count(c => c == '\n') + 1, at - (before.LastIndexOf('\n') + 1) + 1);
    }

    private static string Replace(string text, string old, string replacement)
    {
        text.ShouldContain(old);
        return text.Replace(old, replacement, StringComparison.Ordinal);
    }
}
