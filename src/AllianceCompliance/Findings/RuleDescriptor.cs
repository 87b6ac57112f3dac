using System.Collections.Immutable;
using AllianceCompliance.Model;

namespace AllianceCompliance.Findings;

/// <summary>
/// Describes one check the way a compiler describes a diagnostic: a stable id, what it belongs to,
/// how severe it is, what it cites, and what it says in English and Chinese.
/// </summary>
/// <param name="Id">The stable id, such as <c>AC101</c>; messages may change, the id does not.</param>
/// <param name="Condition">The condition it belongs to (<see cref="ConditionId"/>), or null for a load error.</param>
/// <param name="Severity">How severe its findings are.</param>
/// <param name="Citation">The provision it encodes, article and item, as each language cites it.</param>
/// <param name="Title">A short title.</param>
/// <param name="Message">The message format; <c>{0}</c>, <c>{1}</c>... are filled per finding.</param>
/// <param name="Remediation">How to fix what it finds.</param>
public sealed record RuleDescriptor(
    string Id,
    string? Condition,
    Severity Severity,
    LocalizedText Citation,
    LocalizedText Title,
    LocalizedText Message,
    LocalizedText Remediation)
{
    /// <summary>What the rule rests on (null for a load error, which rests on the file format).</summary>
    public RuleBasis? Basis { get; init; }

    /// <summary>
    /// Why the rule is an error or a warning: the source sentence it encodes, quoted, and the
    /// reading that gives its severity (null for a load error).
    /// </summary>
    public LocalizedText? Rationale { get; init; }

    /// <summary>
    /// The phrases of a clause's text that the rule reacts to (from the reading vocabulary), as the
    /// rule catalogue lists them; empty for a rule that reads no text.
    /// </summary>
    public ImmutableArray<string> Phrases { get; init; } = [];

    /// <summary>
    /// The phrases the rule looks for: it reacts when a clause's text has none of them (from the
    /// reading vocabulary), as the rule catalogue lists them; empty for most rules.
    /// </summary>
    public ImmutableArray<string> Expects { get; init; } = [];

    /// <summary>A finding of this rule at a location.</summary>
    /// <param name="location">Where the problem is.</param>
    /// <param name="clause">The article of the signed agreement concerned, where the file names one.</param>
    /// <param name="arguments">The values for the message's placeholders.</param>
    /// <returns>The finding.</returns>
    public Finding At(SourceLocation location, string? clause, params object?[] arguments) =>
        new(this, Message.Format(arguments), location, clause is null ? null : LocalizedText.Shorten(clause));
}
