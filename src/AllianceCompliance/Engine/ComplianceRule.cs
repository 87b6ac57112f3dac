using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Engine;

/// <summary>
/// An NRules rule that checks one requirement and yields <see cref="Finding"/> facts described by
/// its <see cref="Descriptor"/>.
/// </summary>
public abstract class ComplianceRule : Rule
{
    /// <summary>What the rule checks, cites and says.</summary>
    public abstract RuleDescriptor Descriptor { get; }

    /// <summary>
    /// The facts, beyond the document's own, that the rule's conditions match and that are derived
    /// from each document (such as the readings of its clause texts); null for none. A rule set
    /// inserts those of each distinct function once per document, however it was compiled.
    /// </summary>
    internal virtual Func<AgreementDocument, IEnumerable<object>>? DerivedFacts => null;
}
