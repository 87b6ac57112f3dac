using System.Collections.Immutable;

namespace AllianceCompliance.Model;

/// <summary>How revenue from commercialising results is distributed (Art. 8(5)).</summary>
/// <param name="Text">The rule of distribution.</param>
/// <param name="Shares">Each member's share, where fixed in advance.</param>
/// <param name="Clause">The article of the signed agreement it summarises, where the file names one.</param>
public sealed record RevenueSharing(string? Text, ImmutableArray<RevenueShare> Shares, string? Clause = null) : Node
{
    /// <summary>
    /// Where the revenue the shares leave goes, such as an alliance development fund; with it the
    /// shares may add up to less than 100 percent.
    /// </summary>
    public string? Remainder { get; init; }
}
