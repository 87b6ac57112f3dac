namespace AllianceCompliance.Model;

/// <summary>A way of resolving disputes between members.</summary>
public enum DisputeMethod
{
    /// <summary>Friendly negotiation; written <c>negotiation</c>.</summary>
    Negotiation,

    /// <summary>Mediation; written <c>mediation</c>.</summary>
    Mediation,

    /// <summary>Arbitration; written <c>arbitration</c>.</summary>
    Arbitration,

    /// <summary>Litigation before a people's court; written <c>litigation</c>.</summary>
    Litigation,
}
