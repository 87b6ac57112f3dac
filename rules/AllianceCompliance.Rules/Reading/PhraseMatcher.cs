namespace AllianceCompliance.Rules.Reading;

/// <summary>
/// Finds every occurrence of a set of literal patterns in one pass over a text (Aho–Corasick):
/// linear in the text's length and the number of occurrences, whatever the patterns, with no
/// backtracking. Text is folded (<see cref="Folding"/>) as it is read and white space is skipped,
/// so an occurrence's span in the text may hold spaces or line breaks. A pattern that starts or ends
/// with an English letter or digit matches only at word boundaries.
/// </summary>
internal sealed class PhraseMatcher
{
    private readonly Folding folding;
    private readonly List<Dictionary<char, int>> next = [new()];
    private readonly List<int[]> output = [[]];
    private readonly List<string> patterns = [];
    private int[] fail = [0];
    private int longest;

    public PhraseMatcher(Folding folding) => this.folding = folding;

    /// <summary>The number of patterns added.</summary>
    public int Count => patterns.Count;

    /// <summary>Adds a folded pattern (see <see cref="Folding.Fold"/>) unless it is there already; returns its id.</summary>
    public int Add(string folded)
    {
        var existing = patterns.IndexOf(folded);
        if (existing >= 0)
        {
            return existing;
        }

        var state = 0;
        foreach (var c in folded)
        {
            if (!next[state].TryGetValue(c, out var child))
            {
                child = next.Count;
                next.Add([]);
                output.Add([]);
                next[state][c] = child;
            }

            state = child;
        }

        patterns.Add(folded);
        output[state] = [.. output[state], patterns.Count - 1];
        longest = Math.Max(longest, folded.Length);
        return patterns.Count - 1;
    }

    /// <summary>Builds the failure links once every pattern is added.</summary>
    public void Build()
    {
        fail = new int[next.Count];
        var queue = new Queue<int>();
        foreach (var child in next[0].Values)
        {
            queue.Enqueue(child);
        }

        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            foreach (var (c, child) in next[state])
            {
                var f = fail[state];
                while (f != 0 && !next[f].ContainsKey(c))
                {
                    f = fail[f];
                }

                fail[child] = next[f].TryGetValue(c, out var target) && target != child ? target : 0;
                if (output[fail[child]].Length > 0)
                {
                    output[child] = [.. output[child], .. output[fail[child]]];
                }

                queue.Enqueue(child);
            }
        }
    }

    /// <summary>Every occurrence in <paramref name="text"/>, in the order their ends are reached.</summary>
    public List<Occurrence> Find(string text)
    {
        var found = new List<Occurrence>();
        // The text offsets of the last characters fed, to find where an occurrence starts.
        var fed = new int[longest + 1];
        var count = 0;
        var state = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (Folding.IsSkipped(text[i]))
            {
                continue;
            }

            var c = folding[text[i]];
            while (state != 0 && !next[state].ContainsKey(c))
            {
                state = fail[state];
            }

            state = next[state].TryGetValue(c, out var to) ? to : 0;
            fed[count % fed.Length] = i;
            count++;
            foreach (var pattern in output[state])
            {
                var length = patterns[pattern].Length;
                var start = fed[(count - length) % fed.Length];
                if (AtWordBoundaries(text, pattern, start, i + 1))
                {
                    found.Add(new(pattern, start, i + 1));
                }
            }
        }

        return found;
    }

    private bool AtWordBoundaries(string text, int pattern, int start, int end)
    {
        var folded = patterns[pattern];
        return !(Folding.IsWordCharacter(folded[0]) && start > 0 && Folding.IsWordCharacter(folding[text[start - 1]]))
            && !(Folding.IsWordCharacter(folded[^1]) && end < text.Length && Folding.IsWordCharacter(folding[text[end]]));
    }

    /// <summary>An occurrence of pattern <paramref name="Pattern"/> at <c>[Start, End)</c> of the text.</summary>
    public readonly record struct Occurrence(int Pattern, int Start, int End);
}
