using System.Collections.Immutable;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;

namespace AllianceCompliance.Loading;

/// <summary>
/// Checks that ids are unique and that every reference to a member names one. A dangling
/// reference is a load error: the rules could not tell what the agreement means.
/// </summary>
internal static class ReferenceChecker
{
    public static void Check(AgreementDocument document, List<Finding> errors)
    {
        var members = UniqueIds(document.Members, m => m.Id, m => m.At("id"), errors);
        UniqueIds(document.Agreement?.Goals ?? [], g => g.Id, g => g.At("id"), errors);
        UniqueIds(document.Governance?.Bodies ?? [], b => b.Id, b => b.At("id"), errors);

        void Refer(Node? node, string key, string? id)
        {
            if (node is not null && !string.IsNullOrEmpty(id) && !members.ContainsKey(id))
            {
                errors.Add(LoadErrors.UnknownMember.At(node.At(key), null, id, KeySuggestion.Hint(id, members.Keys)));
            }
        }

        Refer(document.Alliance, "leadMember", document.Alliance?.LeadMember);
        foreach (var task in document.Agreement?.Tasks ?? [])
        {
            Refer(task, "member", task.Member);
        }

        foreach (var signature in document.Agreement?.Signatures ?? [])
        {
            Refer(signature, "member", signature.Member);
        }

        Refer(document.Governance, "externalLiabilityEntity", document.Governance?.ExternalLiabilityEntity);
        foreach (var body in document.Governance?.Bodies ?? [])
        {
            Refer(body, "hostedBy", body.HostedBy);
            for (var i = 0; i < body.Members.Length; i++)
            {
                Refer(body, $"members[{i}]", body.Members[i]);
            }
        }

        Refer(document.Funds, "custodian", document.Funds?.Custodian);
        foreach (var source in document.Funds?.Sources ?? [])
        {
            if (source.Kind == FundSourceKind.MemberContribution)
            {
                Refer(source, "from", source.From);
            }
        }

        foreach (var share in document.IntellectualProperty?.RevenueSharing?.Shares ?? [])
        {
            Refer(share, "member", share.Member);
        }

        var certificates = document.Application?.Certificates ?? [];
        for (var i = 0; i < certificates.Length; i++)
        {
            Refer(document.Application, $"certificates[{i}]", certificates[i]);
        }
    }

    /// <summary>The items by id, the first of each id; a later item with the same id is reported at its own id.</summary>
    /// <remarks>Sized for every item at once, and locations made only for a duplicate: a 10,000-member roster is one table, not a series of doubling ones with a location per member.</remarks>
    private static Dictionary<string, T> UniqueIds<T>(
        ImmutableArray<T> items, Func<T, string?> id, Func<T, SourceLocation> at, List<Finding> errors)
    {
        var seen = new Dictionary<string, T>(items.Length, StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (id(item) is not { Length: > 0 } key)
            {
                continue;
            }

            if (!seen.TryAdd(key, item))
            {
                errors.Add(LoadErrors.DuplicateId.At(at(item), null, key, at(seen[key]).Line));
            }
        }

        return seen;
    }
}
