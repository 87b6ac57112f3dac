using AllianceCompliance.Findings;
using AllianceCompliance.Model;

namespace AllianceCompliance.Waivers;

/// <summary>One entry of a waivers file as a node for the strict reader; its waiver is null when the entry is invalid.</summary>
/// <param name="Waiver">The waiver.</param>
internal sealed record WaiverEntry(Waiver? Waiver) : Node;
