namespace AllianceCompliance.Model;

/// <summary>How the alliance ends.</summary>
/// <param name="Clause">The article of the signed agreement.</param>
/// <param name="Conditions">When the alliance is dissolved.</param>
/// <param name="Procedure">How dissolution is decided.</param>
/// <param name="Liquidation">How assets and obligations are settled.</param>
public sealed record Dissolution(string? Clause, string? Conditions, string? Procedure, string? Liquidation) : Node
{
    /// <summary>How the alliance's government-funded projects are adjusted or cancelled on dissolution.</summary>
    public string? FundedProjects { get; init; }
}
