using System.Collections.Immutable;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using AllianceCompliance.Resources;

namespace AllianceCompliance.Loading;

/// <summary>
/// Checks that ids are unique and that every reference to a member, goal, body or consortium names
/// one. A dangling reference is a load error: the rules could not tell what the agreement means.
/// References into a list that could not be read whole (the list, or one of its items or ids, had
/// the wrong type or was missing) are not checked: that mistake is already reported, once.
/// </summary>
internal static class ReferenceChecker
{
    public static void Check(AgreementDocument document, List<Finding> errors)
    {
        var lost = LostLists(errors);
        var members = UniqueIds(document.Members, m => m.Id, m => m.At("id"), errors);
        var goals = UniqueIds(document.Agreement?.Goals ?? [], g => g.Id, g => g.At("id"), errors);
        var bodies = UniqueIds(document.Governance?.Bodies ?? [], b => b.Id, b => b.At("id"), errors);
        var consortia = UniqueIds(document.Consortia, c => c.Id, c => c.At("id"), errors);

        // The id meant is named as the rules name members, bodies and consortia: by name, with the id after it.
        void Refer<T>(RuleDescriptor error, string list, Dictionary<string, T> ids, Func<T, LocalizedText>? named, Node? node, string key, string? id)
        {
            if (node is not null && !string.IsNullOrEmpty(id) && !ids.ContainsKey(id) && !lost.Contains(list))
            {
                var meant = KeySuggestion.Closest(id, ids.Keys);
                var hint = meant is null ? LocalizedText.Empty
                    : named is null ? Words.DidYouMean.Format(meant)
                    : Words.DidYouMeanNamed.Format(named(ids[meant]));
                errors.Add(error.At(node.At(key), null, id, hint));
            }
        }

        void Member(Node? node, string key, string? id) => Refer(LoadErrors.UnknownMember, "$.members", members, Named, node, key, id);

        void Members(Node? node, string key, ImmutableArray<string> ids)
        {
            for (var i = 0; i < ids.Length; i++)
            {
                Member(node, $"{key}[{i}]", ids[i]);
            }
        }

        var leads = document.Alliance?.LeadMembers ?? [];
        for (var i = 0; i < leads.Length; i++)
        {
            Member(document.Alliance, document.Alliance!.FieldLocations.ContainsKey($"leadMember[{i}]") ? $"leadMember[{i}]" : "leadMember", leads[i]);
        }

        foreach (var task in document.Agreement?.Tasks ?? [])
        {
            Member(task, "member", task.Member);
            Refer(LoadErrors.UnknownConsortium, "$.consortia", consortia, Named, task, "consortium", task.Consortium);
        }

        foreach (var signature in document.Agreement?.Signatures ?? [])
        {
            Member(signature, "member", signature.Member);
        }

        var governance = document.Governance;
        if (governance?.ExternalLiabilityEntity is not Governance.AllianceItself || members.ContainsKey(Governance.AllianceItself))
        {
            Member(governance, "externalLiabilityEntity", governance?.ExternalLiabilityEntity);
        }

        Refer(LoadErrors.UnknownBody, "$.governance.bodies", bodies, Named, governance, "executiveBody", governance?.ExecutiveBody);
        foreach (var body in governance?.Bodies ?? [])
        {
            Member(body, "hostedBy", body.HostedBy);
            Members(body, "members", body.Members);
        }

        foreach (var consortium in document.Consortia)
        {
            Member(consortium, "lead", consortium.Lead);
            Members(consortium, "members", consortium.Members);
            for (var i = 0; i < consortium.Goals.Length; i++)
            {
                Refer(LoadErrors.UnknownGoal, "$.agreement.goals", goals, null, consortium, $"goals[{i}]", consortium.Goals[i]);
            }

            if (consortium.Lead is { Length: > 0 } lead && members.ContainsKey(lead) && !consortium.Members.Contains(lead))
            {
                errors.Add(LoadErrors.ConsortiumLeadOutside.At(consortium.At("lead"), consortium.Clause, Named(members[lead]), Named(consortium)));
            }
        }

        Member(document.Funds, "custodian", document.Funds?.Custodian);
        foreach (var source in document.Funds?.Sources ?? [])
        {
            if (source.Kind == FundSourceKind.MemberContribution)
            {
                Member(source, "from", source.From);
            }
        }

        foreach (var share in document.IntellectualProperty?.RevenueSharing?.Shares ?? [])
        {
            Member(share, "member", share.Member);
        }

        Members(document.Application, "certificates", document.Application?.Certificates ?? []);
    }

    private static LocalizedText Named(Member member) => Named(member.Name, member.LocalName, member.Id);

    private static LocalizedText Named(Body body) => Named(body.Name, null, body.Id ?? string.Empty);

    private static LocalizedText Named(Consortium consortium) => Named(consortium.Name, consortium.LocalName, consortium.Id ?? string.Empty);

    /// <summary>
    /// A name with its id, <c>Tianjin University ('tju')</c>, <c>天津大学（tju）</c>; the id alone without a
    /// name (in Chinese the local name first): a subject of the finding, which a review names by name alone.
    /// </summary>
    private static LocalizedText Named(string? name, string? localName, string id) => LocalizedText.Of(new(id, name, localName), withName: true);

    /// <summary>The lists that references point into, of those that lost an item, an id or themselves as they were read.</summary>
    private static HashSet<string> LostLists(List<Finding> errors)
    {
        string[] lists = ["$.members", "$.agreement.goals", "$.governance.bodies", "$.consortia"];
        var lost = new HashSet<string>(StringComparer.Ordinal);
        foreach (var error in errors)
        {
            if (error.Rule != LoadErrors.WrongType && error.Rule != LoadErrors.MissingKey)
            {
                continue;
            }

            var path = error.Location.Path;
            foreach (var list in lists)
            {
                if (Holds(path, list) || IsItemOrId(path, list))
                {
                    lost.Add(list);
                }
            }
        }

        return lost;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="list"/> or a section that holds it.</summary>
    private static bool Holds(string path, string list) =>
        list.StartsWith(path, StringComparison.Ordinal) && (list.Length == path.Length || list[path.Length] == '.');

    /// <summary>Whether <paramref name="path"/> is an item of <paramref name="list"/> (<c>list[3]</c>) or an item's id (<c>list[3].id</c>).</summary>
    private static bool IsItemOrId(string path, string list)
    {
        if (!path.StartsWith(list + "[", StringComparison.Ordinal))
        {
            return false;
        }

        var close = path.IndexOf(']', list.Length);
        var rest = close < 0 ? "?" : path[(close + 1)..];
        return rest is "" or ".id";
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
