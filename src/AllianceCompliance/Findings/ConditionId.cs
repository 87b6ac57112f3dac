using System.Collections.Immutable;

namespace AllianceCompliance.Findings;

/// <summary>
/// The conditions a report assesses: the six basic conditions of Guiding Opinions Art. 8, the
/// general agreement clauses and the pilot application dossier. Their ids are fixed by the report contract.
/// </summary>
public static class ConditionId
{
    /// <summary>Independent legal entities led by enterprises (Art. 8(1)).</summary>
    public const string LegalEntities = "8.1";

    /// <summary>A binding, signed agreement with goals and division of tasks (Art. 8(2)).</summary>
    public const string Agreement = "8.2";

    /// <summary>Decision, consultation and execution bodies (Art. 8(3)).</summary>
    public const string Organisation = "8.3";

    /// <summary>Fund management and oversight (Art. 8(4)).</summary>
    public const string Funds = "8.4";

    /// <summary>IP ownership, licensing and revenue sharing; breach liability (Art. 8(5)).</summary>
    public const string Interests = "8.5";

    /// <summary>Openness (Art. 8(6)).</summary>
    public const string Openness = "8.6";

    /// <summary>General agreement clauses: term, withdrawal, dissolution, dispute resolution.</summary>
    public const string Clauses = "clauses";

    /// <summary>The pilot application dossier.</summary>
    public const string Pilot = "pilot";

    /// <summary>Every condition id, in report order.</summary>
    public static ImmutableArray<string> All { get; } =
        [LegalEntities, Agreement, Organisation, Funds, Interests, Openness, Clauses, Pilot];
}
