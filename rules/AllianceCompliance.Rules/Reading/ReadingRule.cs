using AllianceCompliance.Engine;
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
}
