using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;

namespace AllianceCompliance.Rules.Reading;

/// <summary>
/// A rule whose conditions match <see cref="ClauseReading"/> facts: the rule set reads each
/// document's clause texts (once, for all such rules) and inserts the readings with its facts.
/// </summary>
internal abstract class ReadingRule : ComplianceRule
{
    private static readonly Func<AgreementDocument, IEnumerable<object>> Read = ClauseReader.Read;

    internal override Func<AgreementDocument, IEnumerable<object>>? DerivedFacts => Read;

    /// <summary>
    /// A finding of a rule that reads several duties, whose remediation names only the duty of the
    /// reading: <paramref name="fix"/> filled with what a text of that duty states (the vocabulary's
    /// <c>fixes</c>). The rule's own remediation, for every duty, stays in the catalogue.
    /// </summary>
    protected static Finding At(RuleDescriptor rule, LocalizedText fix, ClauseReading reading, SourceLocation location, params object?[] arguments) =>
        rule.At(location, reading.Clause, arguments) with { Remediation = fix.Format(reading.DutyFix) };
}
