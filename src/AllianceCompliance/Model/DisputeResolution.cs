using System.Collections.Immutable;

namespace AllianceCompliance.Model;

/// <summary>How disputes between members are resolved.</summary>
/// <param name="Clause">The article of the signed agreement.</param>
/// <param name="Methods">The methods named; <c>method</c> takes one value or a list.</param>
/// <param name="Forum">The arbitration commission or court.</param>
public sealed record DisputeResolution(string? Clause, ImmutableArray<DisputeMethod> Methods, string? Forum) : Node
{
    /// <summary>What the clause says, in its own words (read for a choice of both arbitration and a court).</summary>
    public string? Text { get; init; }
}
