namespace AllianceCompliance.Findings;

/// <summary>The outcome for one condition of one document.</summary>
public enum ConditionStatus
{
    /// <summary>No findings; written <c>met</c>.</summary>
    Met,

    /// <summary>Only warnings; written <c>met-with-warnings</c>.</summary>
    MetWithWarnings,

    /// <summary>An unwaived error; written <c>not-met</c>.</summary>
    NotMet,

    /// <summary>The document could not be loaded, or the condition does not apply; written <c>not-assessed</c>.</summary>
    NotAssessed,
}
