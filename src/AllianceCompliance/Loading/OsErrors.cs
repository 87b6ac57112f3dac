using AllianceCompliance.Findings;
using AllianceCompliance.Resources;

namespace AllianceCompliance.Loading;

/// <summary>
/// Says in each language what went wrong when the operating system would not let a file be read or
/// written: the common cases in sentences of their own, any other with the system's message inside ours.
/// </summary>
internal static class OsErrors
{
    public static LocalizedText Describe(Exception error, string path) => error switch
    {
        FileNotFoundException => Words.Os.NotFound.Format(path),
        DirectoryNotFoundException => Words.Os.DirectoryNotFound.Format(path),
        UnauthorizedAccessException or IOException when Directory.Exists(path) => Words.Os.IsDirectory.Format(path),
        UnauthorizedAccessException => Words.Os.Denied.Format(path),
        _ => Words.Os.Other.Format(path, error.Message),
    };
}
