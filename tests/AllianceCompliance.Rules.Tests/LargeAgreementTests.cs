using System.Globalization;
using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests;

/// <summary>
/// Rules find exactly the right members among 10,000. (They join members with the roster, signature
/// page and task allocation, never pairwise, and find the member a signature, task or share names in
/// the roster; speed is measured by the benchmark project, not here.)
/// </summary>
public sealed class LargeAgreementTests
{
    private const int Members = 10_000;

    [Test]
    public void Evaluate_TenThousandSignedMembersWithTasks_IsCompliant() =>
        GuidingOpinions.RuleSet.Evaluate(Large()).Select(f => $"{f.RuleId} {f.Message.English}").Take(5).ShouldBeEmpty();

    /// <summary>The compliant agreement with 10,000 members, each with a task and a signature, half of them by agents.</summary>
    private static AgreementDocument Large()
    {
        var baseline = Some.Agreement();
        var agreement = baseline.Agreement!;
        var university = baseline.Members[1];
        var members = Enumerable.Range(0, Members).Select(i => i == 0 ? baseline.Members[0] : university with
        {
            Index = i,
            Id = Id(i),
            Name = "University " + Id(i),
            LegalPerson = university.LegalPerson! with { CreditCode = CreditCodeOf(i), Representative = "Representative " + Id(i) },
        }).ToList();
        var tasks = members.Select(m => agreement.Tasks[0] with { Index = m.Index, Member = m.Id });
        var signatures = members.Select(m => m.Index % 2 == 0
            ? agreement.Signatures[0] with { Index = m.Index, Member = m.Id, Signatory = m.LegalPerson!.Representative }
            : agreement.Signatures[1] with
            {
                Index = m.Index,
                Member = m.Id,
                Authorization = agreement.Signatures[1].Authorization! with { GrantedBy = m.LegalPerson!.Representative },
            });
        return baseline with
        {
            Members = [.. members],
            Agreement = agreement with { Tasks = [.. tasks], Signatures = [.. signatures] },
            Funds = ContributedByEach(baseline.Funds!, members),
        };
    }

    [Test]
    public void Evaluate_TenThousandUnsealedSignatures_NamesTheMemberOfEach()
    {
        var large = Large();
        var unsealed = large with { Agreement = large.Agreement! with { Signatures = [.. large.Agreement.Signatures.Select(s => s with { Sealed = null })] } };

        var findings = unsealed.Findings().Where(f => f.RuleId == "AC214").ToList();

        findings.Count.ShouldBe(Members);
        findings.ShouldContain(f => f.Message.English == "The signature for member University m9999 ('m9999') does not record the member's seal.");
    }

    /// <summary>The funds with a contribution of every member, as AC432 asks, and the baseline's grant.</summary>
    private static Funds ContributedByEach(Funds funds, IEnumerable<Member> members) => funds with
    {
        Sources = [.. members.Select((m, i) => funds.Sources[0] with { Index = i, From = m.Id }), .. funds.Sources.Where(s => s.Kind != FundSourceKind.MemberContribution)],
    };

    [Test]
    public void Evaluate_TenThousandMembersSomeOfWhoseExpertiseSaysNothing_FindsExactlyThose()
    {
        var large = Large();
        var members = large.Members.Select(m => m.Index % 1000 == 1 ? m with { Expertise = "暂无" } : m);

        var findings = GuidingOpinions.RuleSet.Evaluate(large with { Members = [.. members] });

        // The copied members keep the template's locations, so they are told apart by the id the message names.
        findings.Where(f => f.RuleId == "AC111").Select(f => f.Message.English).ShouldBe(
            Enumerable.Range(0, Members / 1000).Select(k => $"University University {Id((k * 1000) + 1)} ('{Id((k * 1000) + 1)}') gives no evidence of frontier expertise in the alliance's technology fields."),
            ignoreOrder: true);
    }

    private static string Id(int i) => "m" + i.ToString(CultureInfo.InvariantCulture);

    private static string CreditCodeOf(int i)
    {
        var first17 = "12100000" + i.ToString("D9", CultureInfo.InvariantCulture);
        return first17 + CreditCode.ExpectedCheckCharacter(first17 + "0");
    }

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
            Funds = ContributedByEach(baseline.Funds!, members),
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
            "AC802 $.application.certificates The dossier has no business licence or legal-person certificate of member Tianjin Lighthouse Coating Group Co., Ltd. ('lighthouse').",
            "AC508 $.intellectualProperty.revenueSharing.shares[10000].member Member Member 5 ('m5') is given a second revenue share (share 10001; its first is share 6).",
        ], ignoreOrder: true);
    }
}
