using System.Security.Cryptography;
using AllianceCompliance.Loading;

namespace AllianceCompliance.Reporting;

/// <summary>
/// The default <see cref="ReportOptions.SourceText"/>: the text the checker read, when it kept it
/// (<see cref="DocumentReport.Text"/>); otherwise the checked file read again, given only if it is
/// still a regular file and its SHA-256 is still the one checked, so a quote is always of the text
/// the checker read. Standard input, text checked from memory under a name that is no such file,
/// and files that changed or cannot be read again give nothing.
/// </summary>
internal static class CheckedFiles
{
    public static string? Text(DocumentReport document)
    {
        if (document.Text is not null || document.Sha256 is null || document.Path == "-" || AgreementChecker.NotReadable(document.Path) is not null)
        {
            return document.Text;
        }

        try
        {
            var bytes = File.ReadAllBytes(document.Path);
            if (Convert.ToHexStringLower(SHA256.HashData(bytes)) != document.Sha256)
            {
                return null;
            }

            // Decoded as the loader decoded it, so that the excerpts' lines are the findings' lines.
            return TextDecoder.Decode(bytes, []);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException or OutOfMemoryException)
        {
            return null;
        }
    }
}
