using System.Collections.Immutable;

namespace AllianceCompliance.Model;

/// <summary>An alliance agreement as its YAML file describes it (format <c>alliance-agreement/v1</c>).</summary>
/// <param name="Format">The format tag.</param>
/// <param name="Alliance">The alliance as a whole.</param>
/// <param name="Members">Its members.</param>
/// <param name="Agreement">The agreement: goals, tasks, signatures and general clauses.</param>
/// <param name="Governance">Its bodies.</param>
/// <param name="Funds">Its funds.</param>
/// <param name="IntellectualProperty">Its IP and revenue arrangements.</param>
/// <param name="Openness">Its openness.</param>
/// <param name="Application">The pilot application dossier, where there is one.</param>
/// <param name="Consortia">Its technology consortia, where it has them.</param>
public sealed record AgreementDocument(
    string Format,
    Alliance? Alliance,
    ImmutableArray<Member> Members,
    Agreement? Agreement,
    Governance? Governance,
    Funds? Funds,
    IntellectualProperty? IntellectualProperty,
    Openness? Openness,
    PilotApplication? Application,
    ImmutableArray<Consortium> Consortia) : Node
{
    /// <summary>
    /// The text the document was loaded from (null when it was built in code): the clause reader
    /// locates a phrase inside a value by reading the value's source from its recorded start.
    /// </summary>
    internal string? Source { get; init; }
}
