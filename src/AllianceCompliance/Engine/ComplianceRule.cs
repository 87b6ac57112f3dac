using AllianceCompliance.Findings;
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
}
