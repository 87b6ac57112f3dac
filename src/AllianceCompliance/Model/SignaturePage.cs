using System.Collections.Immutable;

namespace AllianceCompliance.Model;

/// <summary>
/// The agreement's signature page as one fact, indexed by member, so that "every member has
/// signed" is a linear join of each member with the page.
/// </summary>
public sealed class SignaturePage
{
    // Only ever asked whether a member signed: a set, not a lookup (one grouping and array per member).
    private readonly HashSet<string> byMember;

    /// <summary>Indexes the signatures.</summary>
    /// <param name="signatures">The signatures.</param>
    internal SignaturePage(ImmutableArray<Signature> signatures)
    {
        Signatures = signatures;
        byMember = new(signatures.Length, StringComparer.Ordinal);
        foreach (var signature in signatures)
        {
            if (signature.Member is { } member)
            {
                byMember.Add(member);
            }
        }
    }

    /// <summary>Every signature, in file order.</summary>
    public ImmutableArray<Signature> Signatures { get; }

    /// <summary>Whether a member has signed.</summary>
    /// <param name="memberId">The member id.</param>
    /// <returns>True when at least one signature names the member.</returns>
    public bool HasSigned(string memberId) => byMember.Contains(memberId);

    /// <summary>The latest signature date, the day an agreement signed by all takes effect at the earliest.</summary>
    public DateOnly? LastSigned => LastSignature?.Date;

    /// <summary>The signature with the latest date (the first of them in file order), or null when none is dated.</summary>
    public Signature? LastSignature => Signatures.Where(s => s.Date != null).MaxBy(s => s.Date);
}
