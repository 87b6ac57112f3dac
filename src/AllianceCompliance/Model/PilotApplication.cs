using System.Collections.Immutable;

namespace AllianceCompliance.Model;

/// <summary>An application to join the national pilot programme.</summary>
/// <param name="Submitted">When it was submitted.</param>
/// <param name="Materials">The documents in the dossier.</param>
/// <param name="Certificates">The ids of the members whose certificates are in the dossier; every member when not given.</param>
/// <param name="Clause">The article of the signed agreement it summarises, where the file names one.</param>
public sealed record PilotApplication(
    DateOnly? Submitted,
    ImmutableArray<PilotMaterial> Materials,
    ImmutableArray<string>? Certificates,
    string? Clause = null) : Node;
