using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AllianceCompliance.Cli.Tests.Word;

/// <summary>Reads a Word document back: its paragraphs' text, and what the Open XML validator finds wrong with it.</summary>
internal static class WordFile
{
    public static IReadOnlyList<string> Paragraphs(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        return [.. document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText)];
    }

    public static IReadOnlyList<string> Errors(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        return [.. new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}")];
    }
}

/// <summary>The comments of a Word document, each with the text of the paragraph it is anchored on.</summary>
internal static class WordComments
{
    public static IReadOnlyList<(string Anchor, string Text)> Of(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        var main = document.MainDocumentPart!;
        var comments = main.WordprocessingCommentsPart?.Comments?.Elements<Comment>().ToList() ?? [];
        var body = main.Document!.Body!;
        return [.. comments.Select(c => (
            body.Descendants<CommentRangeStart>().Single(s => s.Id!.Value == c.Id!.Value).Ancestors<Paragraph>().First().InnerText,
            string.Join("\n", c.Elements<Paragraph>().Select(p => p.InnerText))))];
    }

    /// <summary>The body's XML with the comments' anchors and reference marks taken out.</summary>
    public static string BodyWithoutComments(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        var body = (Body)document.MainDocumentPart!.Document!.Body!.CloneNode(true);
        foreach (var element in body.Descendants<CommentRangeStart>().Cast<DocumentFormat.OpenXml.OpenXmlElement>()
            .Concat(body.Descendants<CommentRangeEnd>())
            .Concat(body.Descendants<CommentReference>().Select(r => r.Parent!))
            .ToList())
        {
            element.Remove();
        }

        return body.OuterXml;
    }

    /// <summary>The XML of the style sheet and of the numbering definitions.</summary>
    public static (string? Styles, string? Numbering) StylesAndNumbering(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        var main = document.MainDocumentPart!;
        return (main.StyleDefinitionsPart?.Styles?.OuterXml, main.NumberingDefinitionsPart?.Numbering?.OuterXml);
    }
}
