namespace AllianceCompliance.Findings;

/// <summary>A decision already taken to accept a finding.</summary>
/// <param name="RuleId">The rule whose findings it accepts.</param>
/// <param name="Justification">Why the finding is accepted.</param>
/// <param name="Expires">The last day the waiver applies.</param>
public sealed record Waiver(string RuleId, string Justification, DateOnly? Expires);
