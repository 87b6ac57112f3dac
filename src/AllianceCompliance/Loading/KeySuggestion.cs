using AllianceCompliance.Findings;
using Quickenshtein;

namespace AllianceCompliance.Loading;

/// <summary>Finds the word that was probably meant, for "did you mean" hints.</summary>
internal static class KeySuggestion
{
    public static string? Closest(string written, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = string.Equals(candidate, written, StringComparison.OrdinalIgnoreCase)
                ? 0
                : Levenshtein.GetDistance(written.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        // A hint is only useful when the words are close: a typo, not a different word.
        return bestDistance <= Math.Max(2, written.Length / 3) ? best : null;
    }

    public static LocalizedText Hint(string written, IEnumerable<string> candidates) =>
        Closest(written, candidates) is { } meant
            ? new($" (did you mean '{meant}'?)", $"（是否应为“{meant}”？）")
            : LocalizedText.Empty;
}
