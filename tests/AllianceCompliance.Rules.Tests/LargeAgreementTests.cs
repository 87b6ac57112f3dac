using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests;

/// <summary>Rules find exactly the right members among many (speed is measured by the benchmark project, not here).</summary>
public sealed class LargeAgreementTests
{
    private const int Members = 10_000;

    private static AgreementDocument TenThousandMembers()
    {
        var baseline = Some.Agreement();
        var template = baseline.Members[1];
        var members = baseline.Members.AddRange(Enumerable.Range(2, Members - 2)
            .Select(i => template with { Index = i, Id = $"m{i}", Name = $"Member {i}" }));
        var shares = members.Select(m => (Id: m.Id, Percent: 0.01m)).Append((Id: "m5", Percent: 0m)).Select((s, i) => new RevenueShare(i, s.Id, s.Percent)
        {
            Location = new SourceLocation($"$.intellectualProperty.revenueSharing.shares[{i}]", 1, 1),
        });
        return baseline with
        {
            Members = members,
            IntellectualProperty = baseline.IntellectualProperty! with
            {
                RevenueSharing = baseline.IntellectualProperty.RevenueSharing! with { Shares = [.. shares] },
            },
            Application = baseline.Application! with { Certificates = [.. members.Skip(1).Select(m => m.Id)] },
        };
    }

    [Test]
    public void Evaluate_TenThousandMembersWithSharesAndCertificates_FindsOnlyTheDuplicateShareAndTheMissingCertificate()
    {
        var findings = TenThousandMembers().Findings();

        findings.Where(f => f.Condition is "8.4" or "8.5" or "8.6" or "pilot").Select(f => $"{f.RuleId} {f.Location.Path} {f.Message.English}").ShouldBe([
            "AC802 $.application.certificates The dossier has no business licence or legal-person certificate of member 'lighthouse'.",
            "AC508 $.intellectualProperty.revenueSharing.shares[10000].member Member 'm5' is given a second revenue share (share 10001; its first is share 6).",
        ], ignoreOrder: true);
    }
}
