using System.Collections.Immutable;
using AllianceCompliance.Findings;
using AllianceCompliance.Resources;

namespace AllianceCompliance.Waivers;

/// <summary>
/// The findings about a waivers file: an invalid entry (which stops the run), and expired or
/// unused waivers (warnings located in the waivers file, reported with the documents).
/// </summary>
public static class WaiverRules
{
    private static readonly LocalizedText Citation = Words.WaiversFile;

    /// <summary>AC020: a waiver has expired, so the findings it covered count again.</summary>
    public static RuleDescriptor Expired { get; } = Describe("AC020", Severity.Warning);

    /// <summary>AC021: a waiver accepted no finding of the documents it applies to.</summary>
    public static RuleDescriptor Unused { get; } = Describe("AC021", Severity.Warning);

    /// <summary>AC022: an entry of the waivers file is not valid.</summary>
    public static RuleDescriptor Invalid { get; } = Describe("AC022", Severity.Error);

    /// <summary>AC023: a comment in an agreement that starts <c># alliance-check:</c> is not a valid inline waiver.</summary>
    public static RuleDescriptor InlineInvalid { get; } = Describe("AC023", Severity.Error, Words.InlineWaivers);

    /// <summary>AC024: an inline waiver in a run that does not allow them (<c>--no-inline-waivers</c>); it waives nothing.</summary>
    public static RuleDescriptor InlineNotAllowed { get; } = Describe("AC024", Severity.Warning, Words.InlineWaivers);

    /// <summary>Every waiver finding, in id order.</summary>
    public static ImmutableArray<RuleDescriptor> All { get; } = [Expired, Unused, Invalid, InlineInvalid, InlineNotAllowed];

    private static RuleDescriptor Describe(string id, Severity severity, LocalizedText? citation = null) =>
        new(id, null, severity, citation ?? Citation, Words.Get(id + ".Title"), Words.Get(id + ".Message"), Words.Get(id + ".Fix"));
}
