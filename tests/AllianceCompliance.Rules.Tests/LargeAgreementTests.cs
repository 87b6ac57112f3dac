using System.Diagnostics;
using System.Globalization;
using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests;

/// <summary>
/// Rules join members with the roster, signature page and task allocation, never with each other's
/// signatures or tasks: a 10,000-member agreement evaluates in about half a second. A join over
/// every pair would take minutes, far beyond the generous bound here.
/// </summary>
public sealed class LargeAgreementTests
{
    private const int Members = 10_000;

    [Test]
    public void Evaluate_TenThousandSignedMembersWithTasks_IsCompliantAndFast()
    {
        var document = Large();
        GuidingOpinions.RuleSet.Evaluate(Some.Agreement());

        var clock = Stopwatch.StartNew();
        var findings = GuidingOpinions.RuleSet.Evaluate(document);
        clock.Stop();

        findings.Select(f => $"{f.RuleId} {f.Message.English}").Take(5).ShouldBeEmpty();
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
    }

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
        return baseline with { Members = [.. members], Agreement = agreement with { Tasks = [.. tasks], Signatures = [.. signatures] } };
    }

    private static string Id(int i) => "m" + i.ToString(CultureInfo.InvariantCulture);

    private static string CreditCodeOf(int i)
    {
        var first17 = "12100000" + i.ToString("D9", CultureInfo.InvariantCulture);
        return first17 + CreditCode.ExpectedCheckCharacter(first17 + "0");
    }
}
