using Occurrence = AllianceCompliance.Rules.Reading.PhraseMatcher.Occurrence;

namespace AllianceCompliance.Rules.Reading;

/// <summary>A phrase of the vocabulary found in a value.</summary>
/// <param name="Category">What the phrase says.</param>
/// <param name="Entry">The vocabulary's phrase.</param>
/// <param name="Start">Where it starts in the value.</param>
/// <param name="End">Where it ends (after an annex's label).</param>
/// <param name="Whole">Whether nothing else is written in the value.</param>
/// <param name="Label">For an annex reference, the annex's number or letter, normalised (<c>附件三</c> and <c>Annex 3</c> are both <c>3</c>); empty when none follows.</param>
internal readonly record struct RawHit(PhraseCategory Category, string Entry, int Start, int End, bool Whole, string Label = "");

/// <summary>
/// Reads one value for the phrases of the vocabulary that bear on its duty: one pass of the
/// matcher, then, for each occurrence, the checks that keep a phrase from being misread: a phrase
/// meant as the whole value (无) that is not; a phrase inside a document title 《…》 or, except for
/// arbitration and litigation, inside quotation marks; a phrase cancelled by another in the same
/// sentence (不得拒绝, 另行约定外). Each check costs a lookup or a binary search, so reading stays
/// linear in the value's length and the number of occurrences.
/// </summary>
internal static class PhraseReader
{
    public static List<RawHit> Read(Vocabulary vocabulary, string text, Duty duty, out bool principleStated)
    {
        principleStated = false;
        var found = vocabulary.Matcher.Find(text);
        var hits = new List<RawHit>();
        if (found.Count == 0)
        {
            return hits;
        }

        var byPattern = new Dictionary<int, List<Occurrence>>();
        foreach (var occurrence in found)
        {
            if (!byPattern.TryGetValue(occurrence.Pattern, out var list))
            {
                byPattern[occurrence.Pattern] = list = [];
            }

            list.Add(occurrence);
        }

        var context = new TextContext(text, vocabulary.Folding);
        foreach (var (pattern, occurrences) in byPattern)
        {
            foreach (var (entry, phrase) in vocabulary.Starting[pattern] ?? [])
            {
                if (!entry.BearsOn(duty))
                {
                    continue;
                }

                foreach (var occurrence in occurrences)
                {
                    var end = End(phrase, occurrence, byPattern, context);
                    var start = occurrence.Start;
                    var whole = context.IsWhole(start, end);
                    if (end < 0 || (entry.Whole && !whole) || context.InTitle(start)
                        || (entry.Category is not (PhraseCategory.Arbitration or PhraseCategory.Litigation) && context.InQuotes(start))
                        || entry.CancelledBy.Any(c => InSentence(c, start, byPattern, context)))
                    {
                        continue;
                    }

                    if (entry.Category == PhraseCategory.Annex)
                    {
                        var (label, labelEnd) = AnnexLabel.Read(text, end, vocabulary.Folding);
                        if (entry.Numbered && label.Length == 0)
                        {
                            continue;
                        }

                        hits.Add(new(entry.Category, phrase.Written, start, labelEnd, whole, label));
                        continue;
                    }

                    hits.Add(new(entry.Category, phrase.Written, start, end, whole));
                }
            }
        }

        hits.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        hits = Merged(hits);
        if (hits.Any(h => h.Category == PhraseCategory.DetailsDeferred))
        {
            principleStated = context.PrincipleOutside(hits);
        }

        return hits;
    }

    /// <summary>Hits of one category that overlap, as one (具体比例 … 在项目合同中约定 is quoted whole); sorted by start.</summary>
    private static List<RawHit> Merged(List<RawHit> hits)
    {
        var merged = new List<RawHit>(hits.Count);
        var open = new Dictionary<PhraseCategory, int>();
        foreach (var hit in hits)
        {
            if (open.TryGetValue(hit.Category, out var i) && hit.Start < merged[i].End)
            {
                if (hit.End > merged[i].End)
                {
                    merged[i] = merged[i] with { End = hit.End, Whole = merged[i].Whole || hit.Whole };
                }

                continue;
            }

            open[hit.Category] = merged.Count;
            merged.Add(hit);
        }

        return merged;
    }

    /// <summary>Where a phrase that begins with <paramref name="first"/> ends: each further part follows in the same sentence within <see cref="Vocabulary.MaxGap"/>; -1 when one does not.</summary>
    private static int End(Phrase phrase, Occurrence first, Dictionary<int, List<Occurrence>> byPattern, TextContext context)
    {
        var end = first.End;
        for (var k = 1; k < phrase.Parts.Length; k++)
        {
            if (!byPattern.TryGetValue(phrase.Parts[k], out var list))
            {
                return -1;
            }

            var i = FirstStartingAtOrAfter(list, end);
            if (i >= list.Count || list[i].Start - end > Vocabulary.MaxGap || !context.SameSentence(first.Start, list[i].Start))
            {
                return -1;
            }

            end = list[i].End;
        }

        return end;
    }

    /// <summary>Whether every part of a phrase occurs in the sentence of position <paramref name="at"/>.</summary>
    private static bool InSentence(Phrase phrase, int at, Dictionary<int, List<Occurrence>> byPattern, TextContext context)
    {
        var (from, to) = context.SentenceOf(at);
        foreach (var part in phrase.Parts)
        {
            if (!byPattern.TryGetValue(part, out var list))
            {
                return false;
            }

            var i = FirstStartingAtOrAfter(list, from);
            if (i >= list.Count || list[i].Start >= to)
            {
                return false;
            }
        }

        return true;
    }

    private static int FirstStartingAtOrAfter(List<Occurrence> list, int position)
    {
        int low = 0, high = list.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (list[middle].Start < position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>The sentences, quoted stretches and trimmed bounds of a value, each found in one pass.</summary>
    private sealed class TextContext
    {
        private readonly string text;
        private readonly Folding folding;
        private readonly int[] sentence;
        private readonly List<int> sentenceStarts = [0];
        private readonly bool[] inTitle;
        private readonly bool[] inQuotes;
        private readonly int trimStart;
        private readonly int trimEnd;

        public TextContext(string text, Folding folding)
        {
            this.text = text;
            this.folding = folding;
            sentence = new int[text.Length];
            inTitle = new bool[text.Length];
            inQuotes = new bool[text.Length];
            int titles = 0, quotes = 0;
            var straight = false;
            for (var i = 0; i < text.Length; i++)
            {
                var c = folding[text[i]];
                sentence[i] = sentenceStarts.Count - 1;
                if (EndsSentence(i))
                {
                    sentenceStarts.Add(i + 1);
                }

                switch (c)
                {
                    case '《' or '〈':
                        titles++;
                        break;
                    case '》' or '〉':
                        titles = Math.Max(0, titles - 1);
                        break;
                    case '“' or '「' or '『':
                        quotes++;
                        break;
                    case '”' or '」' or '』':
                        quotes = Math.Max(0, quotes - 1);
                        break;
                    case '"':
                        straight = !straight;
                        break;
                }

                inTitle[i] = titles > 0;
                inQuotes[i] = quotes > 0 || straight;
            }

            trimStart = 0;
            while (trimStart < text.Length && Trimmed(text[trimStart]))
            {
                trimStart++;
            }

            trimEnd = text.Length;
            while (trimEnd > trimStart && Trimmed(text[trimEnd - 1]))
            {
                trimEnd--;
            }
        }

        public bool InTitle(int i) => inTitle[i];

        public bool InQuotes(int i) => inQuotes[i];

        /// <summary>Whether <c>[start, end)</c> is all the value holds, but for white space and punctuation around it.</summary>
        public bool IsWhole(int start, int end) => start <= trimStart && end >= trimEnd;

        public bool SameSentence(int a, int b) => sentence[a] == sentence[b];

        public (int From, int To) SentenceOf(int i)
        {
            var s = sentence[i];
            return (sentenceStarts[s], s + 1 < sentenceStarts.Count ? sentenceStarts[s + 1] : text.Length);
        }

        /// <summary>
        /// Whether a part of the value other than the deferrals states something: a stretch between
        /// commas, colons or sentence ends with at least four letters, none of the hits, and not a
        /// heading (a stretch ended by a colon).
        /// </summary>
        public bool PrincipleOutside(List<RawHit> hits)
        {
            var segment = new int[text.Length];
            var ends = new List<char>();
            for (var i = 0; i < text.Length; i++)
            {
                segment[i] = ends.Count;
                var c = folding[text[i]];
                if (EndsSentence(i) || c is ',' or ':')
                {
                    ends.Add(c);
                }
            }

            var count = ends.Count + 1;
            var letters = new int[count];
            var taken = new bool[count];
            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsLetterOrDigit(text[i]))
                {
                    letters[segment[i]]++;
                }
            }

            foreach (var hit in hits)
            {
                if (hit.Category is PhraseCategory.Open or PhraseCategory.Deferred or PhraseCategory.DetailsDeferred or PhraseCategory.Refusal)
                {
                    for (var s = segment[hit.Start]; s <= segment[hit.End - 1]; s++)
                    {
                        taken[s] = true;
                    }
                }
            }

            for (var s = 0; s < count; s++)
            {
                var heading = s < ends.Count && ends[s] == ':';
                if (!taken[s] && !heading && letters[s] >= 4)
                {
                    return true;
                }
            }

            return false;
        }

        private bool EndsSentence(int i)
        {
            var c = folding[text[i]];
            return c is '。' or ';' or '!' or '?'
                || (c == '.' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]) || text[i + 1] > '\u2e7f'));
        }

        private bool Trimmed(char c) =>
            char.IsWhiteSpace(c) || folding[c] is '.' or ';' or ',' or '!' or '?' or ':' or '(' or ')' or '[' or ']' or '。' or '、' or '【' or '】';
    }
}
