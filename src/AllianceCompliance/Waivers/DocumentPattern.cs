using AllianceCompliance.Files;

namespace AllianceCompliance.Waivers;

/// <summary>
/// Matches a waiver's <c>document</c> (a path or a glob with <c>*</c>, <c>?</c>, <c>[…]</c>, <c>**</c>) against a
/// document's path as given on the command line, or (a relative one) against the document's full path
/// taken from the waivers file's folder, so a waivers file beside its agreements works from any folder.
/// </summary>
internal static class DocumentPattern
{
    public static bool Matches(string? pattern, string documentPath, string? waiversFolder = null)
    {
        if (pattern is null)
        {
            return true;
        }

        if (MatchesAsGiven(pattern, documentPath))
        {
            return true;
        }

        var wanted = Normalize(pattern);
        return waiversFolder is not null && documentPath != "-" && !Path.IsPathRooted(wanted)
            && MatchesAsGiven(FullPath(Path.Combine(waiversFolder, wanted)), FullPath(documentPath));
    }

    private static bool MatchesAsGiven(string pattern, string documentPath)
    {
        var path = Normalize(documentPath);
        var wanted = Normalize(pattern);
        if (!Glob.IsGlob(wanted))
        {
            return string.Equals(path, wanted, StringComparison.Ordinal)
                || (path != "-" && string.Equals(FullPath(path), FullPath(wanted), StringComparison.Ordinal));
        }

        if (path == "-")
        {
            return false;
        }

        // A relative glob matches a relative path as given; otherwise both are compared as full paths.
        if (Path.IsPathRooted(wanted) != Path.IsPathRooted(path))
        {
            (wanted, path) = (FullPath(wanted), FullPath(path));
        }

        return Glob.Of(wanted).Matches(path);
    }

    private static string Normalize(string path)
    {
        var normal = path.Replace('\\', '/');
        while (normal.StartsWith("./", StringComparison.Ordinal))
        {
            normal = normal[2..];
        }

        return normal;
    }

    private static string FullPath(string path)
    {
        try
        {
            return Path.GetFullPath(path).Replace('\\', '/');
        }
        catch (ArgumentException)
        {
            return path;
        }
    }
}
