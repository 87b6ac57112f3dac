namespace AllianceCompliance.Model;

/// <summary>One member's share of the revenue from the alliance's results.</summary>
/// <param name="Index">The share's position in <c>revenueSharing.shares</c>, from 0.</param>
/// <param name="Member">The member's id.</param>
/// <param name="Percent">Its share, in percent.</param>
/// <param name="Clause">The article of the signed agreement it summarises, where the file names one.</param>
public sealed record RevenueShare(int Index, string? Member, decimal? Percent, string? Clause = null) : Node;
