namespace AllianceCompliance.Model;

/// <summary>A source of the alliance's funds.</summary>
/// <param name="Index">The source's position in <c>funds.sources</c>, from 0.</param>
/// <param name="Kind">What kind of source it is.</param>
/// <param name="From">Who provides the money: a member id for a member contribution, otherwise a name.</param>
/// <param name="Amount">How much.</param>
/// <param name="Currency">In what currency; <c>CNY</c> unless given.</param>
/// <param name="SupervisedBy">For a government grant: the authority that supervises its use.</param>
/// <param name="Clause">The article of the signed agreement it summarises, where the file names one.</param>
public sealed record FundSource(
    int Index,
    FundSourceKind? Kind,
    string? From,
    decimal? Amount,
    string Currency,
    string? SupervisedBy,
    string? Clause = null) : Node
{
    /// <summary>For a government grant: whether it funds projects or the alliance's operation.</summary>
    public GrantPurpose? Purpose { get; init; }
}
