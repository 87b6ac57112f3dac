namespace AllianceCompliance.Model;

/// <summary>A legal person's registration outside mainland China.</summary>
/// <param name="Country">The country or region of registration.</param>
/// <param name="Number">The registration number there.</param>
public sealed record ForeignRegistration(string? Country, string? Number) : Node;
