namespace AllianceCompliance.Model;

/// <summary>The interest-protection mechanism of Art. 8(5).</summary>
/// <param name="Clause">The article this section summarises.</param>
/// <param name="Background">How members' prior IP is treated.</param>
/// <param name="Ownership">Who owns the results.</param>
/// <param name="Licensing">On what terms results are licensed.</param>
/// <param name="RevenueSharing">How revenue is shared.</param>
public sealed record IntellectualProperty(
    string? Clause,
    string? Background,
    string? Ownership,
    string? Licensing,
    RevenueSharing? RevenueSharing) : Node;
