namespace AllianceCompliance.Model;

/// <summary>The role of a governance body (Art. 8(3)).</summary>
public enum BodyRole
{
    /// <summary>Takes decisions, such as a council; written <c>decision</c>.</summary>
    Decision,

    /// <summary>Advises, such as an expert committee; written <c>consultation</c>.</summary>
    Consultation,

    /// <summary>Runs day-to-day affairs, such as a secretariat; written <c>execution</c>.</summary>
    Execution,

    /// <summary>Oversees the others, such as a supervisory board; written <c>supervision</c>.</summary>
    Supervision,
}
