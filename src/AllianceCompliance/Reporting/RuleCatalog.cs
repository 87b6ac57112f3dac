using System.Collections.Immutable;
using AllianceCompliance.Findings;

namespace AllianceCompliance.Reporting;

/// <summary>
/// Writes the rule catalogue: every rule with its id, condition, severity, citation, and its
/// title, message and remediation. <c>json</c> and <c>markdown</c> give both languages; <c>text</c>
/// gives the one asked for.
/// </summary>
public static class RuleCatalog
{
    /// <summary>The catalogue's formats, the default (<c>text</c>) first.</summary>
    public static ImmutableArray<string> Formats { get; } = ["text", "json", "markdown"];

    /// <summary>Writes the catalogue of the given rules, in id order.</summary>
    /// <param name="rules">The rules, such as the load errors followed by a rule set's rules.</param>
    /// <param name="output">Where to write it.</param>
    /// <param name="format">One of <see cref="Formats"/>.</param>
    /// <param name="language">The language of the text format, and of the fixed texts of the others.</param>
    /// <exception cref="ArgumentException">No catalogue format has that name.</exception>
    public static void Write(IEnumerable<RuleDescriptor> rules, TextWriter output, string format, Language language)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(output);
        var ordered = rules.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        switch (format)
        {
            case "text":
                TextCatalog.Write(ordered, output, language);
                break;
            case "json":
                JsonCatalog.Write(ordered, output);
                break;
            case "markdown":
                MarkdownCatalog.Write(ordered, output, language);
                break;
            default:
                throw new ArgumentException($"Unknown catalogue format '{format}'.", nameof(format));
        }
    }
}
