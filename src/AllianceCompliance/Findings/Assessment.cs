using System.Collections.Immutable;

namespace AllianceCompliance.Findings;

/// <summary>Turns a document's findings into condition statuses and a verdict, as the report contract defines them.</summary>
public static class Assessment
{
    /// <summary>The status of every condition.</summary>
    /// <param name="findings">The document's findings.</param>
    /// <param name="loaded">Whether the document could be loaded.</param>
    /// <param name="pilotApplies">Whether the document has a pilot application to assess.</param>
    /// <returns>A result per condition, in report order.</returns>
    public static ImmutableArray<ConditionResult> Conditions(IReadOnlyCollection<Finding> findings, bool loaded, bool pilotApplies) =>
        [.. Condition.All.Select(condition =>
        {
            if (!loaded || (condition.Id == ConditionId.Pilot && !pilotApplies))
            {
                return new ConditionResult(condition, ConditionStatus.NotAssessed, 0);
            }

            var counted = findings.Where(f => f.Condition == condition.Id && !f.Waived).ToList();
            var status = counted.Any(f => f.Severity == Severity.Error) ? ConditionStatus.NotMet
                : counted.Any(f => f.Severity == Severity.Warning) ? ConditionStatus.MetWithWarnings
                : ConditionStatus.Met;
            return new ConditionResult(condition, status, counted.Count);
        })];

    /// <summary>The verdict for a document.</summary>
    /// <param name="findings">The document's findings.</param>
    /// <param name="loaded">Whether the document could be loaded.</param>
    /// <returns>The verdict.</returns>
    public static Verdict Verdict(IReadOnlyCollection<Finding> findings, bool loaded)
    {
        var counted = findings.Where(f => !f.Waived).ToList();
        return !loaded || counted.Any(f => f.Condition is null && f.Severity == Severity.Error) ? Findings.Verdict.Invalid
            : counted.Any(f => f.Severity == Severity.Error) ? Findings.Verdict.NonCompliant
            : counted.Any(f => f.Severity == Severity.Warning) ? Findings.Verdict.CompliantWithWarnings
            : Findings.Verdict.Compliant;
    }
}
