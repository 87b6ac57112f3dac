using System.Text;
using AllianceCompliance.Loading;
using AllianceCompliance.Tests.Support;
using Newtonsoft.Json.Linq;

namespace AllianceCompliance.Tests.Loading;

/// <summary>
/// The key table of docs/agreement-format.md (between its markers) is generated from the loader's
/// schema (<see cref="AgreementSchema"/>), so a key added to the loader appears on the page. When it
/// differs, the test writes the page with the new table to <c>docs/agreement-format.received.md</c>:
/// read the diff, then move it over the page.
/// </summary>
public sealed class AgreementFormatPageTests
{
    public const string Begin = "<!-- BEGIN generated key table: edit the loader, not this table; see the README -->";
    public const string End = "<!-- END generated key table -->";

    [Test]
    public void Page_KeyTable_IsTheOneGeneratedFromTheLoader()
    {
        var path = Repository.File("docs", "agreement-format.md");
        var page = File.ReadAllText(path).ReplaceLineEndings("\n");
        var begin = page.IndexOf(Begin, StringComparison.Ordinal);
        var end = page.IndexOf(End, StringComparison.Ordinal);
        (begin >= 0 && end > begin).ShouldBeTrue($"{path} has lost its markers: {Begin} ... {End}");

        var expected = page[..(begin + Begin.Length)] + "\n" + KeyTable() + page[end..];
        var received = Path.ChangeExtension(path, ".received.md");
        if (expected != page)
        {
            File.WriteAllText(received, expected);
        }
        else
        {
            File.Delete(received);
        }

        page.ShouldBe(expected, $"the key table is out of date: mv {Path.GetRelativePath(Repository.Root, received)} {Path.GetRelativePath(Repository.Root, path)}");
    }

    [Test]
    public void KeyTable_ListsClauseWhereTheLoaderAcceptsIt()
    {
        var table = KeyTable();

        table.ShouldContain("| `agreement.clause` |");
        table.ShouldContain("| `openness.admission.clause` |");
        table.ShouldContain("`clause` (the article of the signed agreement a section summarises) is allowed in: ");
        table.ShouldContain(" `agreement`, ");
    }

    /// <summary>The table: every key the loader reads, where it is allowed, what it holds, whether it is required.</summary>
    public static string KeyTable()
    {
        var rows = Rows(JObject.Parse(AgreementSchema.Json), string.Empty).ToList();
        var text = new StringBuilder();
        text.Append("\n| key | value | required |\n|---|---|---|\n");
        foreach (var (key, value, required) in rows)
        {
            text.Append($"| `{key}` | {value} | {(required ? "yes" : string.Empty)} |\n");
        }

        var clauses = rows.Where(r => r.Key.EndsWith(".clause", StringComparison.Ordinal)).Select(r => $"`{r.Key[..^".clause".Length]}`");
        text.Append($"\n`clause` (the article of the signed agreement a section summarises) is allowed in: {string.Join(", ", clauses)}; nowhere else.\n\n");
        return text.ToString();
    }

    private static IEnumerable<(string Key, string Value, bool Required)> Rows(JObject mapping, string prefix)
    {
        var required = mapping["required"]?.Values<string>().ToHashSet() ?? [];
        foreach (var property in ((JObject)mapping["properties"]!).Properties())
        {
            var key = prefix + property.Name;
            var shape = (JObject)property.Value;
            yield return (key, Describe(shape), required.Contains(property.Name));
            foreach (var row in Nested(shape, key))
            {
                yield return row;
            }
        }
    }

    private static IEnumerable<(string Key, string Value, bool Required)> Nested(JObject shape, string key) =>
        (string?)shape["type"] switch
        {
            "object" => Rows(shape, key + "."),
            "array" when (string?)shape["items"]!["type"] == "object" => Rows((JObject)shape["items"]!, key + "[]."),
            _ => shape["anyOf"]?.OfType<JObject>().Where(a => (string?)a["type"] == "object").SelectMany(a => Rows(a, key + ".")) ?? [],
        };

    private static string Describe(JObject shape)
    {
        if (shape["$ref"] is not null)
        {
            return "text";
        }

        if (shape["enum"] is JArray values)
        {
            return string.Join(" \\| ", values.Values<string>().Select(v => $"`{v}`"));
        }

        if (shape["anyOf"] is JArray alternatives)
        {
            return alternatives[1]["items"] is not null && JToken.DeepEquals(alternatives[1]["items"], alternatives[0])
                ? $"{Describe((JObject)alternatives[0])}, or a list of them"
                : string.Join(" or ", alternatives.OfType<JObject>().Select(Describe));
        }

        return (string?)shape["type"] switch
        {
            "string" when (string?)shape["format"] == "date" => "date (YYYY-MM-DD)",
            "integer" => "whole number",
            "number" => "number",
            "boolean" => "`true` or `false`",
            "array" => $"list of {Plural(Describe((JObject)shape["items"]!))}",
            "object" => "mapping",
            var other => other ?? "any value",
        };
    }

    private static string Plural(string item) => item switch
    {
        "text" => "texts",
        "mapping" => "mappings",
        _ => item,
    };
}
