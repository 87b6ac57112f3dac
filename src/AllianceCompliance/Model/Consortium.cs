using System.Collections.Immutable;

namespace AllianceCompliance.Model;

/// <summary>
/// A technology consortium (project group) inside the alliance: some of its members working on
/// some of its goals. It is a part of the division of tasks, not one of the alliance's bodies.
/// </summary>
/// <param name="Index">Its position in <c>consortia</c>, from 0.</param>
/// <param name="Id">Its id.</param>
/// <param name="Name">Its name.</param>
/// <param name="LocalName">Its name in Chinese, where given.</param>
/// <param name="Lead">The id of the member that leads it.</param>
/// <param name="Members">The ids of the members in it.</param>
/// <param name="Goals">The ids of the goals it carries.</param>
/// <param name="Clause">The article of the signed agreement that sets it up, where the file names one.</param>
public sealed record Consortium(
    int Index,
    string? Id,
    string? Name,
    string? LocalName,
    string? Lead,
    ImmutableArray<string> Members,
    ImmutableArray<string> Goals,
    string? Clause) : Node;
