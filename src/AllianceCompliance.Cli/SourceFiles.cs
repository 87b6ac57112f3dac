using System.Security.Cryptography;
using System.Text;
using AllianceCompliance.Reporting;

namespace AllianceCompliance.Cli;

/// <summary>
/// Gives the HTML report the text of a checked file (<see cref="ReportOptions.SourceText"/>): read
/// again from disk, and only if its SHA-256 is still the one checked, so a quote never shows lines
/// the findings were not about. Standard input, and files that cannot be read again, give nothing.
/// </summary>
internal static class SourceFiles
{
    public static string? Read(DocumentReport document)
    {
        if (document.Sha256 is null || document.Path == InputExpander.StandardInput)
        {
            return null;
        }

        try
        {
            var bytes = File.ReadAllBytes(document.Path);
            if (Convert.ToHexStringLower(SHA256.HashData(bytes)) != document.Sha256)
            {
                return null;
            }

            using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return null;
        }
    }
}
