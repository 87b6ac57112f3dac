using System.Globalization;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;

namespace AllianceCompliance.Rules;

/// <summary>
/// How messages name a member, body or consortium: by its name (in Chinese its local name, where
/// the file gives one) with its id after it, as in
/// <c>Tianjin Lighthouse Coating Group Co., Ltd. ('tianjin-lighthouse')</c> and
/// <c>天津灯塔涂料集团有限公司（tianjin-lighthouse）</c>; by its id alone when it has no name.
/// </summary>
internal static class Names
{
    public static LocalizedText Of(Member member) => Named(member.Name, member.LocalName, member.Id);

    public static LocalizedText Of(Body body) =>
        Named(body.Name, null, body.Id ?? string.Create(CultureInfo.InvariantCulture, $"bodies[{body.Index}]"));

    public static LocalizedText Of(Consortium consortium) =>
        Named(consortium.Name, consortium.LocalName, consortium.Id ?? string.Create(CultureInfo.InvariantCulture, $"consortia[{consortium.Index}]"));

    /// <summary>Several names in a sentence: "A, B and C" / "A、B和C".</summary>
    public static LocalizedText List(IEnumerable<LocalizedText> names)
    {
        var all = names.ToList();
        return all.Count <= 1
            ? all.FirstOrDefault() ?? LocalizedText.Empty
            : new(
                string.Join(", ", all.SkipLast(1).Select(n => n.English)) + " and " + all[^1].English,
                string.Join("、", all.SkipLast(1).Select(n => n.Chinese)) + "和" + all[^1].Chinese);
    }

    private static LocalizedText Named(string? name, string? localName, string id)
    {
        var english = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        var chinese = string.IsNullOrWhiteSpace(localName) ? english : localName.Trim();
        return new(
            english is null ? $"'{id}'" : $"{english} ('{id}')",
            chinese is null ? $"“{id}”" : $"{chinese}（{id}）");
    }
}
