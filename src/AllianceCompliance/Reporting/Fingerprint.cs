using System.Security.Cryptography;
using System.Text;
using AllianceCompliance.Findings;

namespace AllianceCompliance.Reporting;

/// <summary>
/// What identifies a finding from one draft to the next: its rule, its path in the agreement and the
/// values its message names (the English message), not its line, so a finding whose lines moved is
/// still the same finding. Written into the JSON report (<c>fingerprint</c>) and SARIF
/// (<c>partialFingerprints</c>), and read back from a baseline.
/// </summary>
internal static class Fingerprint
{
    public static string Of(Finding finding) => Of(finding.RuleId, finding.Location.Path, finding.Message.English);

    public static string Of(string ruleId, string path, string englishMessage)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{ruleId}\n{path}\n{englishMessage}"));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }
}
