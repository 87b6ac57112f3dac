using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.Interests;

/// <summary>The compliant agreement with its revenue shares replaced, each located where it would stand in the file.</summary>
internal static class Shares
{
    public static AgreementDocument Of(params (string Member, decimal? Percent)[] shares) =>
        Some.WithIntellectualProperty(p => p! with
        {
            RevenueSharing = p.RevenueSharing! with
            {
                Shares = [.. shares.Select((s, i) => new RevenueShare(i, s.Member, s.Percent)
                {
                    Location = new SourceLocation($"$.intellectualProperty.revenueSharing.shares[{i}]", 1, 1),
                })],
            },
        });
}
