using System.Collections.Immutable;
using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using AllianceCompliance.Resources;

namespace AllianceCompliance.Rules;

/// <summary>What makes two members the same legal entity: the same credit code or the same registered name (<see cref="Normalised"/>).</summary>
internal static class SameEntity
{
    /// <summary>
    /// The derived facts of a document: one <see cref="RepeatedListing"/> per member that repeats an
    /// earlier one. A rule that matches them overrides <see cref="ComplianceRule.DerivedFacts"/> with this;
    /// the rule set inserts them once per document, however many rules ask.
    /// </summary>
    public static readonly Func<AgreementDocument, IEnumerable<object>> Derive = document =>
        EarlierListings(document.Members).Select(pair => new RepeatedListing(pair.Key, pair.Value));

    /// <summary>Each member that repeats an earlier member's credit code or name, with the first such member in file order.</summary>
    public static IReadOnlyDictionary<Member, Member> EarlierListings(ImmutableArray<Member> members)
    {
        var first = new Dictionary<string, Member>(StringComparer.Ordinal);
        var earlier = new Dictionary<Member, Member>(ReferenceEqualityComparer.Instance);
        foreach (var member in members.OrderBy(m => m.Index))
        {
            // Code and name are keyed apart ("C:" and "N:"), so a name never matches a code.
            string?[] keys = [Key("C:", member.LegalPerson?.CreditCode), Key("N:", member.Name)];
            var listed = keys.Select(k => k is null ? null : first.GetValueOrDefault(k)).OfType<Member>().MinBy(m => m.Index);
            if (listed is not null)
            {
                earlier[member] = listed;
            }

            foreach (var key in keys.OfType<string>())
            {
                first.TryAdd(key, member);
            }
        }

        return earlier;
    }

    private static string? Key(string kind, string? text) => Normalised.Of(text) is { } normal ? kind + normal : null;
}

/// <summary>
/// A member that repeats an earlier member (same credit code or registered name): a fact of the rule
/// engine, one per repeated listing. Rules about every member leave such a listing out by joining
/// <c>Not&lt;RepeatedListing&gt;</c>; AC109 reports it.
/// </summary>
/// <param name="Member">The later listing.</param>
/// <param name="Earlier">The first member, in file order, that it repeats.</param>
internal sealed record RepeatedListing(Member Member, Member Earlier) : IExplainedFact
{
    /// <inheritdoc />
    public LocalizedText Explain() => Words.Evidence.RepeatedListing.Format(Listed(Member), Listed(Earlier));

    private static LocalizedText Listed(Member member) =>
        Words.Evidence.Node.Format(Words.Evidence.NameOf(typeof(Member)), member.Location.Path, member.Location.Line);
}
