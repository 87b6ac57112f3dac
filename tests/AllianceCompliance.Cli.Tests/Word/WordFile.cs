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
