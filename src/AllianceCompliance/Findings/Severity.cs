namespace AllianceCompliance.Findings;

/// <summary>How much a finding matters.</summary>
public enum Severity
{
    /// <summary>A note.</summary>
    Info,

    /// <summary>Weak or unclear evidence that a reviewer should look at.</summary>
    Warning,

    /// <summary>A condition is not met, or the document cannot be assessed.</summary>
    Error,
}
