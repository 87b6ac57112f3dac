using AllianceCompliance.Model;

namespace AllianceCompliance.Rules.BindingAgreement;

/// <summary>Compares the names of people as written in different parts of an agreement.</summary>
internal static class PersonName
{
    /// <summary>Whether two names are the same person's (<see cref="Normalised"/>: "Zhang San", "ZHANG  San"; "张 三", "张三").</summary>
    public static bool Same(string? a, string? b) => Normalised.Of(a) is { } x && x == Normalised.Of(b);

    /// <summary>
    /// The member's legal representative on the day of the signature: the one the signature records,
    /// else the one registered now. Null when neither is written.
    /// </summary>
    public static string? RepresentativeAt(Roster roster, Signature signature) =>
        !string.IsNullOrWhiteSpace(signature.RepresentativeAtSigning)
            ? signature.RepresentativeAtSigning
            : roster.Find(signature.Member)?.LegalPerson?.Representative is { } registered && !string.IsNullOrWhiteSpace(registered)
                ? registered
                : null;

    /// <summary>
    /// Whether the name is certainly not that of the member's legal representative at the signing
    /// date: the representative is known, the name is missing or written in the same script and
    /// differs. A name in Chinese characters against one in Latin letters (刘青山, Liu Qingshan)
    /// cannot be compared and is not taken as another person.
    /// </summary>
    public static bool NotRepresentative(Roster roster, Signature signature, string? name) =>
        RepresentativeAt(roster, signature) is { } representative
        && (string.IsNullOrWhiteSpace(name) || (!InDifferentScripts(name, representative) && !Same(name, representative)));

    /// <summary>Whether the name is that of the member's legal representative at the signing date.</summary>
    public static bool IsRepresentative(Roster roster, Signature signature, string? name) =>
        RepresentativeAt(roster, signature) is { } representative && Same(name, representative);

    /// <summary>Whether one name is written in Chinese characters and the other not (刘青山 and Liu Qingshan).</summary>
    public static bool InDifferentScripts(string? a, string? b) =>
        !string.IsNullOrWhiteSpace(a) && !string.IsNullOrWhiteSpace(b) && HasHan(a) != HasHan(b);

    private static bool HasHan(string name)
    {
        foreach (var c in name)
        {
            if (c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF'))
            {
                return true;
            }
        }

        return false;
    }

}
