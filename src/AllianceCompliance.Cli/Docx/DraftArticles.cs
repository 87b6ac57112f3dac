using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AllianceCompliance.Cli.Docx;

/// <summary>
/// Where each article of a draft agreement is: the paragraph that opens it (<c>第十二条……</c>,
/// <c>Article 12</c>, in a heading, a plain paragraph or an automatically numbered list whose
/// number Word computes from the numbering definitions) and the paragraphs that follow it up to
/// the next article or chapter.
/// </summary>
internal sealed class DraftArticles
{
    private readonly Dictionary<int, (List<Paragraph> Paragraphs, bool OpeningHasText)> articles = [];

    private DraftArticles()
    {
    }

    /// <summary>The articles of a document's body, numbered as a reader sees them.</summary>
    public static DraftArticles Of(MainDocumentPart main)
    {
        var draft = new DraftArticles();
        var numbers = new ListNumbers(main);
        List<Paragraph>? current = null;
        foreach (var paragraph in main.Document!.Body!.Descendants<Paragraph>())
        {
            var text = numbers.Label(paragraph) + paragraph.InnerText;
            if (ArticleNumber.Opening(text) is { } opening)
            {
                current = [paragraph];
                // The first article of a number wins: a later "Article 12" is a cross-reference's paragraph or a schedule.
                draft.articles.TryAdd(opening.Article, (current, OpensWithText(text)));
            }
            else if (ArticleNumber.OpensChapter(text))
            {
                current = null;
            }
            else
            {
                current?.Add(paragraph);
            }
        }

        return draft;
    }

    /// <summary>The paragraph a finding's article (and paragraph, 款) names; null when the draft has no such article.</summary>
    public Paragraph? Find(ArticleNumber number)
    {
        if (!articles.TryGetValue(number.Article, out var article))
        {
            return null;
        }

        if (number.Paragraph is not { } wanted)
        {
            return article.Paragraphs[0];
        }

        // 款 are counted from the opening paragraph when it carries the article's first words, else from the one after it.
        var paragraphs = article.Paragraphs.Skip(article.OpeningHasText ? 0 : 1).Where(p => !string.IsNullOrWhiteSpace(p.InnerText)).ToList();
        return wanted >= 1 && wanted <= paragraphs.Count ? paragraphs[wanted - 1] : article.Paragraphs[0];
    }

    /// <summary>Whether an article's opening paragraph is its first provision rather than only its number and title.</summary>
    private static bool OpensWithText(string text)
    {
        var rest = text.TrimEnd();
        // Data, not words shown: the sentence ends a draft writes (listed in NoLanguageLiteralsTests).
        return rest.Length > 40 || rest.EndsWith('。') || rest.EndsWith('.') || rest.EndsWith('；') || rest.EndsWith(';');
    }

    /// <summary>
    /// The numbers Word shows in front of automatically numbered paragraphs: counters per list
    /// (abstract numbering definition) and level, started and restarted as the definitions say, and
    /// written in each level's format into its level text (<c>第%1条</c> with Chinese counting gives 第十二条).
    /// </summary>
    private sealed class ListNumbers(MainDocumentPart main)
    {
        private readonly Numbering? numbering = main.NumberingDefinitionsPart?.Numbering;
        private readonly Styles? styles = main.StyleDefinitionsPart?.Styles;
        private readonly Dictionary<int, int?[]> counters = [];
        private readonly HashSet<int> started = [];

        public string Label(Paragraph paragraph)
        {
            if (numbering is null || Numbered(paragraph) is not ({ } numId and not 0, var level))
            {
                return string.Empty;
            }

            var instance = numbering.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numId);
            if (instance?.AbstractNumId?.Val?.Value is not { } abstractId
                || numbering.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId) is not { } definition)
            {
                return string.Empty;
            }

            if (!counters.TryGetValue(abstractId, out var values))
            {
                counters[abstractId] = values = new int?[9];
            }

            if (started.Add(numId))
            {
                foreach (var over in instance.Elements<LevelOverride>())
                {
                    if (over.LevelIndex?.Value is { } overridden and < 9 && over.StartOverrideNumberingValue?.Val?.Value is { } start)
                    {
                        values[overridden] = start - 1;
                    }
                }
            }

            if (level is < 0 or > 8)
            {
                return string.Empty;
            }

            values[level] = values[level] is { } value ? value + 1 : Start(definition, level);
            for (var deeper = level + 1; deeper < 9; deeper++)
            {
                values[deeper] = null;
            }

            var text = Level(definition, level)?.LevelText?.Val?.Value ?? string.Empty;
            for (var k = 0; k <= level; k++)
            {
                text = text.Replace($"%{k + 1}", Format(values[k] ?? Start(definition, k), Level(definition, k)?.NumberingFormat?.Val?.Value), StringComparison.Ordinal);
            }

            return text;
        }

        /// <summary>The list and level of a paragraph: its own numbering properties, else its style's (and the styles it is based on).</summary>
        private (int? NumId, int Level) Numbered(Paragraph paragraph)
        {
            var own = paragraph.ParagraphProperties?.NumberingProperties;
            int? numId = own?.NumberingId?.Val?.Value;
            int? level = own?.NumberingLevelReference?.Val?.Value;
            var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
            for (var depth = 0; styleId is not null && depth < 16 && (numId is null || level is null); depth++)
            {
                var style = styles?.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == styleId);
                var inherited = style?.StyleParagraphProperties?.NumberingProperties;
                numId ??= inherited?.NumberingId?.Val?.Value;
                level ??= inherited?.NumberingLevelReference?.Val?.Value;
                styleId = style?.BasedOn?.Val?.Value;
            }

            return (numId, level ?? 0);
        }

        private static Level? Level(AbstractNum definition, int level) =>
            definition.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level);

        private static int Start(AbstractNum definition, int level) => Level(definition, level)?.StartNumberingValue?.Val?.Value ?? 1;

        private static string Format(int value, NumberFormatValues? format)
        {
            if (format == NumberFormatValues.ChineseCounting || format == NumberFormatValues.ChineseCountingThousand
                || format == NumberFormatValues.TaiwaneseCounting || format == NumberFormatValues.TaiwaneseCountingThousand
                || format == NumberFormatValues.IdeographTraditional || format == NumberFormatValues.JapaneseCounting)
            {
                return ArticleNumber.ChineseNumerals(value);
            }

            return value.ToString(CultureInfo.InvariantCulture);
        }
    }
}
