using System.Collections.Immutable;
using AllianceCompliance.Findings;
using AllianceCompliance.Reporting;

namespace AllianceCompliance.Cli;

/// <summary>
/// Reports expired and unused waivers: as warnings of the waivers file, appended to the report so
/// every format shows them located in that file, and as a notice on standard error.
/// </summary>
internal static class WaiverAudit
{
    public static ImmutableArray<DocumentReport> Append(Terminal terminal, Language language, AgreementChecker checker, ImmutableArray<DocumentReport> results)
    {
        var today = DateOnly.FromDateTime(checker.Time.GetLocalNow().DateTime);
        if (checker.Waivers?.Audit(results, today) is not { } audit)
        {
            return results;
        }

        foreach (var finding in audit.Findings)
        {
            terminal.Error.Tell(language, $"{Printable.Text(audit.Path)}:{finding.Location.Line}:{finding.Location.Column}: {finding.RuleId} {Printable.Text(finding.Message.In(language))}");
        }

        return results.Add(audit);
    }
}
