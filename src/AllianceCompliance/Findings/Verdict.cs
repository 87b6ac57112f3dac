namespace AllianceCompliance.Findings;

/// <summary>The outcome for one document.</summary>
public enum Verdict
{
    /// <summary>Every condition is met; written <c>compliant</c>.</summary>
    Compliant,

    /// <summary>Every condition is met, but some evidence is weak; written <c>compliant-with-warnings</c>.</summary>
    CompliantWithWarnings,

    /// <summary>An unwaived error: a condition is not met; written <c>non-compliant</c>.</summary>
    NonCompliant,

    /// <summary>The file could not be read as an agreement; written <c>invalid</c>.</summary>
    Invalid,
}
