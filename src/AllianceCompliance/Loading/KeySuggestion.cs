using AllianceCompliance.Findings;
using AllianceCompliance.Resources;
using Quickenshtein;

namespace AllianceCompliance.Loading;

/// <summary>Finds the word that was probably meant, for "did you mean" hints.</summary>
internal static class KeySuggestion
{
    public static string? Closest(string written, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var near = Near(written);
        foreach (var candidate in candidates)
        {
            // The distance is at least the difference in length: skip the quadratic work when
            // that alone rules a candidate out (a 30 MB value against a ten-letter name).
            if (Math.Abs(candidate.Length - written.Length) > near)
            {
                continue;
            }

            var distance = string.Equals(candidate, written, StringComparison.OrdinalIgnoreCase)
                ? 0
                : Levenshtein.GetDistance(written.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        // A hint is only useful when the words are close: a typo, not a different word.
        return bestDistance <= near ? best : null;
    }

    private static int Near(string written) => Math.Max(2, written.Length / 3);

    public static LocalizedText Hint(string written, IEnumerable<string> candidates) =>
        Closest(written, candidates) is { } meant
            ? Words.DidYouMean.Format(meant)
            : LocalizedText.Empty;
}
