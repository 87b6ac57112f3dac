using System.Collections.Immutable;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;

namespace AllianceCompliance.Loading;

/// <summary>What loading a file gave: the agreement, or the findings that say why it could not be read.</summary>
/// <param name="Document">The agreement; null when the file could not be read at all.</param>
/// <param name="Errors">The load errors; when there are any, the document is not assessed.</param>
public sealed record LoadResult(AgreementDocument? Document, ImmutableArray<Finding> Errors)
{
    /// <summary>Whether the file was read as an agreement without error.</summary>
    public bool IsValid => Document is not null && Errors.IsEmpty;

    /// <summary>The text that was read (decoded from the file's bytes), when it could be decoded; kept for quoting the lines around findings.</summary>
    internal string? Text { get; init; }
}
