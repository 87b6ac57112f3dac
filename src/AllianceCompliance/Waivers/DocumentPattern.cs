using Microsoft.Extensions.FileSystemGlobbing;

namespace AllianceCompliance.Waivers;

/// <summary>Matches a waiver's <c>document</c> (a path or a glob) against a document's path as given on the command line.</summary>
internal static class DocumentPattern
{
    public static bool Matches(string? pattern, string documentPath)
    {
        if (pattern is null)
        {
            return true;
        }

        var path = Normalize(documentPath);
        var wanted = Normalize(pattern);
        if (wanted.IndexOfAny(['*', '?', '[']) < 0)
        {
            return string.Equals(path, wanted, StringComparison.Ordinal)
                || (path != "-" && string.Equals(FullPath(path), FullPath(wanted), StringComparison.Ordinal));
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        if (Path.IsPathRooted(wanted) != Path.IsPathRooted(path))
        {
            (wanted, path) = (FullPath(wanted), FullPath(path));
        }

        var root = Path.IsPathRooted(wanted) ? Path.GetPathRoot(wanted)! : string.Empty;
        matcher.AddInclude(wanted[root.Length..]);
        return matcher.Match(root.Length > 0 ? root : ".", path[root.Length..]).HasMatches;
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
