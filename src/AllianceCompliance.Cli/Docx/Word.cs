using System.Text;
using System.Xml;
using AllianceCompliance.Findings;
using AllianceCompliance.Reporting;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AllianceCompliance.Cli.Docx;

/// <summary>
/// The pieces of a Word document the memo and the comments are made of: styled paragraphs, runs,
/// tables, and the style sheet with the fonts of each language (Chinese: 宋体/SimSun for text, 黑体/SimHei
/// for headings, Times New Roman for Latin letters and digits).
/// </summary>
internal static class Word
{
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Heading3 = "Heading3";
    public const string Quote = "Quote";
    public const string Small = "Small";
    public const string TableText = "TableText";

    private const string Latin = "Times New Roman";
    private const string Mono = "Courier New";
    private const string ChineseText = "SimSun";
    private const string ChineseHeading = "SimHei";
    private const string ChineseQuote = "KaiTi";

    /// <summary>A paragraph of one run, in a style (Normal when null).</summary>
    public static Paragraph Paragraph(string? style, string text, bool bold = false) =>
        Paragraph(style, Run(text, bold));

    /// <summary>A paragraph of runs, in a style (Normal when null).</summary>
    public static Paragraph Paragraph(string? style, params OpenXmlElement[] runs)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        paragraph.Append(runs);
        return paragraph;
    }

    /// <summary>A paragraph <c>Label: value</c>, the label bold, kept with the next paragraph when asked.</summary>
    public static Paragraph Labelled(string label, string value, Language language, bool keepNext = false)
    {
        var paragraph = Paragraph(null, Run(ReportWords.LabelBefore(label, language), bold: true), Run(value));
        if (keepNext)
        {
            paragraph.ParagraphProperties = new ParagraphProperties { KeepNext = new KeepNext() };
        }

        return paragraph;
    }

    /// <summary>
    /// A run of text: control and invisible format characters (bidirectional overrides) shown as
    /// visible escapes, as the HTML report shows them, and anything else XML cannot hold as U+FFFD.
    /// </summary>
    public static Run Run(string text, bool bold = false, bool mono = false)
    {
        var run = new Run();
        if (bold || mono)
        {
            var properties = new RunProperties();
            if (mono)
            {
                properties.Append(new RunFonts { Ascii = Mono, HighAnsi = Mono });
            }

            if (bold)
            {
                properties.Append(new Bold());
            }

            run.Append(properties);
        }

        run.Append(new Text(Clean(AllianceCompliance.Reporting.Printable.Visible(text))) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    /// <summary>A table filling the text width: a header row repeated on each page, then the rows; widths in fiftieths of a percent.</summary>
    public static Table Table(int[] widths, IEnumerable<OpenXmlElement[]> rows, string[]? header = null)
    {
        const int TextWidth = 9026; // A4 less 2.54 cm margins, in twentieths of a point
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
                    new RightBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "808080" }),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 100, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 100, Type = TableWidthValues.Dxa })),
            new TableGrid(widths.Select(w => new GridColumn { Width = (w * TextWidth / 5000).ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        if (header is not null)
        {
            table.Append(Row(widths, header.Select(h => (OpenXmlElement)Paragraph(TableText, h, bold: true)).ToArray(), isHeader: true));
        }

        foreach (var cells in rows)
        {
            table.Append(Row(widths, cells, isHeader: false));
        }

        return table;
    }

    /// <summary>A table cell's content: one paragraph of table text.</summary>
    public static Paragraph Cell(string text, bool bold = false, bool mono = false) => Paragraph(TableText, Run(text, bold, mono));

    private static TableRow Row(int[] widths, OpenXmlElement[] cells, bool isHeader)
    {
        var row = new TableRow(new TableRowProperties(isHeader ? [new TableHeader(), new CantSplit()] : [new CantSplit()]));
        for (var i = 0; i < cells.Length; i++)
        {
            var properties = new TableCellProperties(new TableCellWidth { Width = widths[i].ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Pct });
            if (isHeader)
            {
                properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "E7E6E6" });
            }

            row.Append(new TableCell(properties, cells[i]));
        }

        return row;
    }

    /// <summary>The style sheet: Normal, headings kept with the next paragraph, the quote of a provision, small print and table text.</summary>
    public static void AddStyles(MainDocumentPart main, Language language)
    {
        var chinese = language == Language.Chinese;
        // 小四 (12 pt) in Chinese; 11 pt in English.
        var size = chinese ? "24" : "22";
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = Latin, HighAnsi = Latin, EastAsia = ChineseText, ComplexScript = Latin },
                    new FontSize { Val = size },
                    new FontSizeComplexScript { Val = size },
                    // Val is the language of Latin-script text (English names, digits), EastAsia that of Chinese: a
                    // Latin word marked Chinese is broken anywhere at a line's end (Technolo-gy, 200-8) by LibreOffice.
                    new Languages { Val = "en-GB", EastAsia = "zh-CN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "120", Line = "300", LineRule = LineSpacingRuleValues.Auto }))),
            ParagraphStyle("Normal", "Normal", null, null, null),
            ParagraphStyle(Title, "Title", new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { After = "120" }, new Justification { Val = JustificationValues.Center }),
                new StyleRunProperties(new RunFonts { EastAsia = ChineseHeading }, new Bold(), new FontSize { Val = "36" }), null),
            ParagraphStyle(Subtitle, "Subtitle", new StyleParagraphProperties(new SpacingBetweenLines { After = "240" }, new Justification { Val = JustificationValues.Center }),
                new StyleRunProperties(new Color { Val = "404040" }, new FontSize { Val = chinese ? "24" : "22" }), null),
            ParagraphStyle(Heading1, "heading 1", Heading(0, "360"), new StyleRunProperties(new RunFonts { EastAsia = ChineseHeading }, new Bold(), new FontSize { Val = "30" }), 0),
            ParagraphStyle(Heading2, "heading 2", Heading(1, "280"), new StyleRunProperties(new RunFonts { EastAsia = ChineseHeading }, new Bold(), new FontSize { Val = "26" }), 1),
            ParagraphStyle(Heading3, "heading 3", Heading(2, "200"), new StyleRunProperties(new RunFonts { EastAsia = ChineseHeading }, new Bold(), new FontSize { Val = size }), 2),
            ParagraphStyle(Quote, "Quote", new StyleParagraphProperties(new SpacingBetweenLines { After = "160" }, new Indentation { Left = "567", Right = "567" }),
                new StyleRunProperties(new RunFonts { EastAsia = ChineseQuote }, chinese ? new Color { Val = "262626" } : new Italic()), null),
            ParagraphStyle(Small, "Small", null, new StyleRunProperties(new Color { Val = "404040" }, new FontSize { Val = "18" }), null),
            ParagraphStyle(TableText, "Table Text", new StyleParagraphProperties(new SpacingBetweenLines { After = "0", Line = "260", LineRule = LineSpacingRuleValues.Auto }),
                new StyleRunProperties(new FontSize { Val = chinese ? "21" : "20" }), null));
        main.AddNewPart<StyleDefinitionsPart>().Styles = styles;
    }

    private static StyleParagraphProperties Heading(int level, string before) => new(
        new KeepNext(), new KeepLines(), new SpacingBetweenLines { Before = before, After = "120" }, new OutlineLevel { Val = level });

    private static Style ParagraphStyle(string id, string name, StyleParagraphProperties? paragraph, StyleRunProperties? run, int? outline)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = id == "Normal" ? true : null };
        style.Append(new StyleName { Val = name });
        if (id != "Normal")
        {
            style.Append(new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" });
        }

        if (outline is not null)
        {
            style.Append(new UIPriority { Val = 9 }, new PrimaryStyle());
        }

        if (paragraph is not null)
        {
            style.Append(paragraph);
        }

        if (run is not null)
        {
            style.Append(run);
        }

        return style;
    }

    /// <summary>Text XML can hold: other characters (controls an agreement file may quote) become U+FFFD.</summary>
    public static string Clean(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                clean.Append(text, i++, 2);
            }
            else
            {
                clean.Append(XmlConvert.IsXmlChar(text[i]) ? text[i] : '\uFFFD');
            }
        }

        return clean.ToString();
    }
}
