namespace AllianceCompliance.Model;

/// <summary>Where money for the alliance comes from.</summary>
public enum FundSourceKind
{
    /// <summary>A member's own contribution; written <c>member-contribution</c>.</summary>
    MemberContribution,

    /// <summary>A government grant; written <c>government-grant</c>.</summary>
    GovernmentGrant,

    /// <summary>A loan, such as a technology loan; written <c>loan</c>.</summary>
    Loan,

    /// <summary>Investment or donations from outside the alliance; written <c>external-investment</c>.</summary>
    ExternalInvestment,

    /// <summary>Any other source; written <c>other</c>.</summary>
    Other,
}
