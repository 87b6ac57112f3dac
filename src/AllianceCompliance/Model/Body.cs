using System.Collections.Immutable;

namespace AllianceCompliance.Model;

/// <summary>A governance body of the alliance.</summary>
/// <param name="Index">The body's position in <c>governance.bodies</c>, from 0.</param>
/// <param name="Id">Its id.</param>
/// <param name="Role">Its role.</param>
/// <param name="Name">Its name.</param>
/// <param name="Clause">The article of the signed agreement that sets it up.</param>
/// <param name="Members">The ids of the members that sit on it.</param>
/// <param name="DecisionRule">How it decides.</param>
/// <param name="MeetingsPerYear">How often it meets.</param>
/// <param name="HostedBy">The id of the member that hosts it (for the execution body: the supporting unit).</param>
/// <param name="FullTimeStaff">How many full-time staff it has.</param>
public sealed record Body(
    int Index,
    string? Id,
    BodyRole? Role,
    string? Name,
    string? Clause,
    ImmutableArray<string> Members,
    DecisionRule? DecisionRule,
    int? MeetingsPerYear,
    string? HostedBy,
    int? FullTimeStaff) : Node;
