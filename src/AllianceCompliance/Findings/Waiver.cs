using AllianceCompliance.Model;

namespace AllianceCompliance.Findings;

/// <summary>A decision already taken to accept a finding.</summary>
/// <param name="RuleId">The rule whose findings it accepts.</param>
/// <param name="Justification">Why the finding is accepted.</param>
/// <param name="Expires">The last day the waiver applies.</param>
public sealed record Waiver(string RuleId, string Justification, DateOnly? Expires)
{
    /// <summary>The document it applies to: a path or glob matched against the path as given; every document when null.</summary>
    public string? Document { get; init; }

    /// <summary>
    /// The YAML path it applies to, such as <c>$.members[1]</c>: a finding at that path or below it
    /// (at a segment boundary); every path when null.
    /// </summary>
    public string? Path { get; init; }

    /// <summary>Where the waiver is written in its waivers file.</summary>
    public SourceLocation Location { get; init; } = SourceLocation.Root;

    /// <summary>Whether the waiver has expired: the day is after its last day.</summary>
    /// <param name="today">The day to judge by.</param>
    /// <returns>True when it no longer applies.</returns>
    public bool IsExpiredOn(DateOnly today) => Expires is { } last && today > last;

    /// <summary>Whether the waiver covers a finding's rule and YAML path (the document is matched separately).</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>True when the rule is the same and the path is the waiver's path or below it.</returns>
    public bool Covers(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (!string.Equals(finding.RuleId, RuleId, StringComparison.Ordinal))
        {
            return false;
        }

        var at = finding.Location.Path;
        return Path is null
            || string.Equals(at, Path, StringComparison.Ordinal)
            || (at.StartsWith(Path, StringComparison.Ordinal) && at[Path.Length] is '.' or '[');
    }
}
