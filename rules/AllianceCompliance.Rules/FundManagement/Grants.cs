using AllianceCompliance.Model;

namespace AllianceCompliance.Rules.FundManagement;

/// <summary>Which fund sources are government grants for projects, the ones whose outcomes and funds the sources regulate.</summary>
internal static class Grants
{
    /// <summary>
    /// Whether the source is a government grant that may fund projects: any grant but one stated to be
    /// only for the alliance's operation (<c>purpose: operating</c>), which produces no project outcomes.
    /// </summary>
    public static bool FundsProjects(FundSource source) =>
        source.Kind == FundSourceKind.GovernmentGrant && source.Purpose != GrantPurpose.Operating;
}
