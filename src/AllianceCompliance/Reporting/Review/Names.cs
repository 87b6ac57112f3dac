using System.Text.RegularExpressions;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;

namespace AllianceCompliance.Reporting.Review;

/// <summary>
/// The names a lawyer knows the members and bodies by, instead of the file's ids: in Chinese a
/// member's local name (its registered Chinese name) when the file gives one, in English its name.
/// </summary>
internal sealed partial class Names
{
    private readonly Dictionary<string, string> byId = new(StringComparer.Ordinal);
    private readonly Language language;

    public Names(AgreementDocument? document, Language language)
    {
        this.language = language;
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
            var name = language == Language.Chinese ? consortium.LocalName ?? consortium.Name : consortium.Name ?? consortium.LocalName;
            if (consortium.Id is { } id && name is not null)
            {
                byId.TryAdd(id, name);
            }
        }

        foreach (var member in document.Members)
        {
            var name = language == Language.Chinese ? member.LocalName ?? member.Name : member.Name ?? member.LocalName;
            if (name is not null)
            {
                byId[member.Id] = name;
            }
        }
    }

    /// <summary>The name of a member or body, or the id itself when the file gives no name.</summary>
    public string Of(string id) => byId.TryGetValue(id, out var name) ? name : id;

    /// <summary>
    /// A message as a lawyer reads it, without the file's ids of members, bodies and consortia: an id
    /// the rule gives after a name (<c>Tianjin University ('tju')</c>, <c>天津大学（tju）</c>) is left
    /// out, and a quoted id in place of a name (<c>Member 'tju'</c>, <c>成员“tju”</c>) becomes the name.
    /// Quoted or bracketed text that is no id (a person's name, a certificate) stays as it is.
    /// </summary>
    public string In(string message) => byId.Count == 0 ? message : Ids().Replace(message, match =>
    {
        var id = match.Groups["id"].Value;
        if (!byId.TryGetValue(id, out var name))
        {
            return match.Value;
        }

        if (match.Groups["after"].Success)
        {
            return string.Empty;
        }

        return match.Value[0] == '\'' && language == Language.English ? name : $"{match.Value[0]}{name}{match.Value[^1]}";
    });

    // Data, not words shown: the brackets and quotes the rules' messages put around an id (listed in NoLanguageLiteralsTests).
    [GeneratedRegex("(?<after> \\('(?<id>[^'\\s]+)'\\)|（(?<id>[^（）\\s]+)）)|'(?<id>[^'\\s]+)'|“(?<id>[^“”\\s]+)”")]
    private static partial Regex Ids();
}
