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

    private static Dictionary<string, SourceLocation> UniqueIds<T>(
        ImmutableArray<T> items, Func<T, string?> id, Func<T, SourceLocation> at, List<Finding> errors)
    {
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (string.IsNullOrEmpty(id(item)))
            {
                continue;
            }

            if (seen.TryGetValue(id(item)!, out var first))
            {
                errors.Add(LoadErrors.DuplicateId.At(at(item), null, id(item), first.Line));
            }
            else
            {
                seen.Add(id(item)!, at(item));
            }
        }

        return seen;
    }
}
