using System.Collections.Immutable;
using AllianceCompliance.Loading;
using AllianceCompliance.Model;

namespace AllianceCompliance.Rules.Tests.Support;

/// <summary>Test data: a compliant agreement, and ways to change one thing of it.</summary>
internal static class Some
{
    private static readonly Lazy<AgreementDocument> Compliant = new(() =>
    {
        var loaded = new AgreementLoader().Load(File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Support", "compliant.yaml")));
        loaded.Errors.ShouldBeEmpty();
        return loaded.Document!;
    });

    /// <summary>The smallest agreement that meets every condition (<c>Support/compliant.yaml</c>).</summary>
    public static AgreementDocument Agreement() => Compliant.Value;

    /// <summary>The compliant agreement with its members changed.</summary>
    public static AgreementDocument WithMembers(Func<ImmutableArray<Member>, ImmutableArray<Member>> change) =>
        Agreement() with { Members = change(Agreement().Members) };

    /// <summary>The compliant agreement with one member changed.</summary>
    public static AgreementDocument WithMember(string id, Func<Member, Member> change) =>
        WithMembers(members => [.. members.Select(m => m.Id == id ? change(m) : m)]);

    /// <summary>The compliant agreement with its agreement section changed.</summary>
    public static AgreementDocument WithAgreement(Func<Agreement, Agreement> change) =>
        Agreement() with { Agreement = change(Agreement().Agreement!) };

    /// <summary>The compliant agreement with its alliance section changed.</summary>
    public static AgreementDocument WithAlliance(Func<Alliance, Alliance> change) =>
        Agreement() with { Alliance = change(Agreement().Alliance!) };

    /// <summary>The compliant agreement with its governance changed.</summary>
    public static AgreementDocument WithGovernance(Func<Governance?, Governance?> change) =>
        Agreement() with { Governance = change(Agreement().Governance) };

    /// <summary>The compliant agreement with its funds changed.</summary>
    public static AgreementDocument WithFunds(Func<Funds?, Funds?> change) =>
        Agreement() with { Funds = change(Agreement().Funds) };

    /// <summary>The compliant agreement with its IP section changed.</summary>
    public static AgreementDocument WithIntellectualProperty(Func<IntellectualProperty?, IntellectualProperty?> change) =>
        Agreement() with { IntellectualProperty = change(Agreement().IntellectualProperty) };

    /// <summary>The compliant agreement with its openness section changed.</summary>
    public static AgreementDocument WithOpenness(Func<Openness?, Openness?> change) =>
        Agreement() with { Openness = change(Agreement().Openness) };

    /// <summary>The compliant agreement with its pilot application changed.</summary>
    public static AgreementDocument WithApplication(Func<PilotApplication?, PilotApplication?> change) =>
        Agreement() with { Application = change(Agreement().Application) };

    /// <summary>A copy of a member with its legal-person details changed.</summary>
    public static Member WithLegalPerson(this Member member, Func<LegalPerson, LegalPerson> change) =>
        member with { LegalPerson = change(member.LegalPerson!) };
}
