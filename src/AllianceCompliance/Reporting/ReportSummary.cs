using System.Collections.Immutable;
using AllianceCompliance.Findings;

namespace AllianceCompliance.Reporting;

/// <summary>Counts over all documents of a run.</summary>
/// <param name="Documents">How many agreements were checked (the waivers file's report of its own expired and unused waivers is not one; its findings count in <paramref name="Warnings"/>).</param>
/// <param name="Compliant">How many are compliant.</param>
/// <param name="CompliantWithWarnings">How many are compliant with warnings.</param>
/// <param name="NonCompliant">How many are non-compliant.</param>
/// <param name="Invalid">How many could not be read.</param>
/// <param name="Errors">Unwaived error findings in all documents.</param>
/// <param name="Warnings">Unwaived warning findings in all documents.</param>
public sealed record ReportSummary(
    int Documents, int Compliant, int CompliantWithWarnings, int NonCompliant, int Invalid, int Errors, int Warnings)
{
    /// <summary>Counts the documents' verdicts and findings.</summary>
    /// <param name="documents">The documents.</param>
    /// <returns>The summary.</returns>
    internal static ReportSummary Of(ImmutableArray<DocumentReport> documents)
    {
        // The waivers file's own report is not an agreement: its findings count, the file does not.
        var agreements = documents.Where(d => !d.IsWaivers).ToList();
        int Count(Verdict verdict) => agreements.Count(d => d.Verdict == verdict);
        int Findings(Severity severity) => documents.Sum(d => d.Findings.Count(f => f.Severity == severity && !f.Waived));
        return new(agreements.Count, Count(Verdict.Compliant), Count(Verdict.CompliantWithWarnings),
            Count(Verdict.NonCompliant), Count(Verdict.Invalid), Findings(Severity.Error), Findings(Severity.Warning));
    }
}
