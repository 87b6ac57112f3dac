using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace AllianceCompliance.Cli.Tests.Word;

/// <summary>
/// Looks at a document as a person sees it: a Word file converted to PDF by LibreOffice, an HTML
/// page printed to PDF by headless Chromium, and the PDF's text and page count read back with
/// poppler (pdftotext, pdfinfo). A test on a machine without these programs is ignored, naming the
/// missing program; in CI (<c>CI=true</c>, where .ci/run installs them) it fails instead.
/// </summary>
internal static partial class Printed
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    /// <summary>
    /// Converts a Word document to PDF with LibreOffice (headless, a profile of its own), its comments
    /// exported as the PDF's annotations, as a PDF viewer shows them; returns the PDF's path.
    /// </summary>
    public static string PdfFromWord(string docx, string folder)
    {
        var office = Program("libreoffice", "soffice");
        var profile = new Uri(Path.Combine(folder, "libreoffice-profile")).AbsoluteUri;
        Run(office, $"-env:UserInstallation={profile}", "--headless", "--convert-to", """pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}""", "--outdir", folder, docx);
        var pdf = Path.Combine(folder, Path.GetFileNameWithoutExtension(docx) + ".pdf");
        File.Exists(pdf).ShouldBeTrue($"LibreOffice made no PDF of {docx}");
        return pdf;
    }

    /// <summary>Prints an HTML file to PDF with headless Chromium (A4 comes from the page's own @page rule); returns the PDF's path.</summary>
    public static string PdfFromHtml(string html, string folder)
    {
        var chromium = Program("chromium", "chromium-browser", "google-chrome");
        var pdf = Path.Combine(folder, Path.GetFileNameWithoutExtension(html) + ".pdf");
        Run(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", $"--user-data-dir={Path.Combine(folder, "chromium-profile")}",
            $"--print-to-pdf={pdf}", new Uri(html).AbsoluteUri);
        File.Exists(pdf).ShouldBeTrue($"Chromium made no PDF of {html}");
        return pdf;
    }

    /// <summary>The PDF's text, with every white space removed (PDF text breaks lines, and CJK text, anywhere).</summary>
    public static string Text(string pdf) => Regex.Replace(Run(Program("pdftotext"), "-enc", "UTF-8", pdf, "-"), @"\s+", string.Empty);

    /// <summary>Each page's lines of text in the order they are seen (pdftotext -layout; pages end with a form feed), blank lines left out.</summary>
    public static IReadOnlyList<string[]> PageLines(string pdf) =>
        [.. Run(Program("pdftotext"), "-layout", "-enc", "UTF-8", pdf, "-").Split('\f').Select(page => page.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray()).Where(p => p.Length > 0)];

    /// <summary>The PDF's number of pages.</summary>
    public static int Pages(string pdf) => int.Parse(Pages().Match(Run(Program("pdfinfo"), pdf)).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Text as <see cref="Text"/> gives it: without white space.</summary>
    public static string Squeezed(string text) => Regex.Replace(text, @"\s+", string.Empty);

    /// <summary>The first of the names found on PATH; otherwise the test is ignored, or fails in CI.</summary>
    public static string Program(params string[] names)
    {
        foreach (var name in names)
        {
            foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        var message = $"'{names[0]}' is not installed, so this document cannot be looked at as a person sees it (.ci/run installs it: libreoffice-writer-nogui, chromium, poppler-utils, fonts-noto-cjk).";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(message);
        }

        Assert.Ignore(message);
        return null!;
    }

    private static string Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Patience))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} did not finish within {Patience.TotalMinutes} minutes");
        }

        process.ExitCode.ShouldBe(0, $"{program} {string.Join(' ', arguments)} failed: {error.Result}");
        return output.Result;
    }

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex Pages();
}

/// <summary>The comments a PDF carries as annotations (LibreOffice exports a document's comments so), as a reader's PDF viewer shows them.</summary>
internal static partial class PdfComments
{
    public static IReadOnlyList<string> Of(string pdf)
    {
        var raw = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(pdf));
        return [.. Annotation().Matches(raw).Select(m => System.Text.Encoding.BigEndianUnicode.GetString(Convert.FromHexString(m.Groups[1].Value)))];
    }

    [GeneratedRegex(@"/Subtype\s*/Text\b[^>]*?/Contents\s*<FEFF([0-9A-Fa-f]*)>")]
    private static partial Regex Annotation();
}
