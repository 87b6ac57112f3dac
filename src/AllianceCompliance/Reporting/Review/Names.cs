using AllianceCompliance.Findings;
using AllianceCompliance.Model;

namespace AllianceCompliance.Reporting.Review;

/// <summary>
/// The names a lawyer knows the members and bodies by, instead of the file's ids: in Chinese a
/// member's local name (its registered Chinese name) when the file gives one, in English its name.
/// </summary>
internal sealed class Names
{
    private readonly Dictionary<string, string> byId = new(StringComparer.Ordinal);

    public Names(AgreementDocument? document, Language language)
    {
        if (document is null)
        {
            return;
        }

        foreach (var body in document.Governance?.Bodies ?? [])
        {
            if (body.Id is { } id && body.Name is { } name)
            {
                byId.TryAdd(id, name);
            }
        }

        foreach (var consortium in document.Consortia)
        {
            if (consortium.Id is { } id && new Subject(id, consortium.Name, consortium.LocalName).NameIn(language, eitherName: true) is { } name)
            {
                byId.TryAdd(id, name);
            }
        }

        foreach (var member in document.Members)
        {
            if (new Subject(member.Id, member.Name, member.LocalName).NameIn(language, eitherName: true) is { } name)
            {
                byId[member.Id] = name;
            }
        }
    }

    /// <summary>The name of a member or body, or the id itself when the file gives no name.</summary>
    public string Of(string id) => byId.TryGetValue(id, out var name) ? name : id;
}
