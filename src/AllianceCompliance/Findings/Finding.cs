using System.Collections.Immutable;
using AllianceCompliance.Model;

namespace AllianceCompliance.Findings;

/// <summary>
/// One thing a check found: which rule, where in the file, what it says, and how to fix it.
/// </summary>
/// <param name="Rule">The rule that found it.</param>
/// <param name="Message">What it says, in both languages.</param>
/// <param name="Location">Where in the file.</param>
/// <param name="Clause">The article of the signed agreement concerned, where the file names one.</param>
public sealed record Finding(RuleDescriptor Rule, LocalizedText Message, SourceLocation Location, string? Clause)
{
    /// <summary>The rule's id.</summary>
    public string RuleId => Rule.Id;

    /// <summary>The condition the finding counts against, or null for a load error.</summary>
    public string? Condition => Rule.Condition;

    /// <summary>The finding's severity.</summary>
    public Severity Severity => Rule.Severity;

    /// <summary>
    /// The members, bodies and consortia the message names, in the order it first names them (empty
    /// when it names none): the message names each with its id; a report may name them its own way.
    /// </summary>
    public ImmutableArray<Subject> Subjects => Message.Wording?.Subjects ?? [];

    /// <summary>
    /// How to fix what it found: the rule's remediation, or, for a rule that reads several kinds of
    /// clause, the remediation for the kind of clause this finding is about.
    /// </summary>
    public LocalizedText Remediation { get; init; } = Rule.Remediation;

    /// <summary>The waiver that accepts this finding, if one does.</summary>
    public Waiver? Waiver { get; init; }

    /// <summary>Whether a waiver accepts this finding; a waived finding counts towards no verdict.</summary>
    public bool Waived => Waiver is not null;

    /// <summary>Whether the finding is new or unchanged since the baseline the run compared with; null without one.</summary>
    internal Reporting.BaselineState? BaselineState { get; init; }

    /// <summary>The facts the rule matched, described for a reviewer in each language (filled when explanations are asked for).</summary>
    public ImmutableArray<LocalizedText> Evidence { get; init; } = [];
}
