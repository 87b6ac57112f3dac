using System.Globalization;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;

namespace AllianceCompliance.Rules;

/// <summary>
/// How messages name a member, body or consortium: as a <see cref="Subject"/> of the finding, which
/// the message names by its name (in Chinese its local name, where the file gives one) with its id
/// after it, as in <c>Tianjin Lighthouse Coating Group Co., Ltd. ('tianjin-lighthouse')</c> and
/// <c>天津灯塔涂料集团有限公司（tianjin-lighthouse）</c>, or by its id alone when it has no name; a
/// report may name it its own way (the review memo: by its name alone).
/// </summary>
internal static class Names
{
    public static LocalizedText Of(Member member) => LocalizedText.Of(SubjectOf(member), withName: true);

    public static LocalizedText Of(Body body) =>
        LocalizedText.Of(new(body.Id ?? string.Create(CultureInfo.InvariantCulture, $"bodies[{body.Index}]"), body.Name, null), withName: true);

    public static LocalizedText Of(Consortium consortium) =>
        LocalizedText.Of(
            new(consortium.Id ?? string.Create(CultureInfo.InvariantCulture, $"consortia[{consortium.Index}]"), consortium.Name, consortium.LocalName),
            withName: true);

    /// <summary>
    /// A member by its id alone (<c>'tju'</c> / <c>“tju”</c>), for a message that gives its name
    /// otherwise or where it has none; a report that names members by name still names it.
    /// </summary>
    public static LocalizedText IdOf(Member member) => LocalizedText.Of(SubjectOf(member), withName: false);

    /// <summary>The member of an id by its id alone (<see cref="IdOf(Member)"/>), as the roster has it.</summary>
    public static LocalizedText IdOf(Roster roster, string? id) =>
        roster.Find(id) is { } member ? IdOf(member) : LocalizedText.Of(new(id ?? string.Empty, null, null), withName: false);

    /// <summary>Several names in a sentence: "A, B and C" / "A、B和C".</summary>
    public static LocalizedText List(IEnumerable<LocalizedText> names)
    {
        var all = names.ToList();
        if (all.Count <= 1)
        {
            return all.FirstOrDefault() ?? LocalizedText.Empty;
        }

        return new LocalizedText(Joined(all.Count, Language.English), Joined(all.Count, Language.Chinese)).Format([.. all]);
    }

    // "{0}, {1} and {2}" / "{0}、{1}和{2}": the list's own placeholders, filled by Format.
    private static string Joined(int count, Language language) =>
        string.Join(RuleWords.ListSeparator.In(language), Enumerable.Range(0, count - 1).Select(Placeholder))
        + RuleWords.ListLastSeparator.In(language) + Placeholder(count - 1);

    private static string Placeholder(int index) => string.Create(CultureInfo.InvariantCulture, $"{{{index}}}");

    private static Subject SubjectOf(Member member) => new(member.Id, member.Name, member.LocalName);
}
