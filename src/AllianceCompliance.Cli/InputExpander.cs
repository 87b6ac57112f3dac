using Microsoft.Extensions.FileSystemGlobbing;

namespace AllianceCompliance.Cli;

/// <summary>
/// Turns the command line's inputs (files, directories, globs, <c>-</c>) into the list of documents
/// to check. Directories are walked for <c>*.yaml</c> and <c>*.yml</c> without following links.
/// </summary>
internal static class InputExpander
{
    public const string StandardInput = "-";

    private static readonly EnumerationOptions Walk = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.ReparsePoint,
        MatchCasing = MatchCasing.CaseInsensitive,
    };

    /// <summary>The documents, in the order given (a directory's or glob's files sorted), and the inputs that matched nothing.</summary>
    public static (List<string> Documents, List<string> Unmatched) Expand(IEnumerable<string> inputs)
    {
        var documents = new List<string>();
        var unmatched = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string path)
        {
            if (path == StandardInput || seen.Add(Path.GetFullPath(path)))
            {
                documents.Add(path);
            }
        }

        foreach (var input in inputs)
        {
            if (input == StandardInput || File.Exists(input))
            {
                Add(input);
            }
            else if (Directory.Exists(input))
            {
                var files = Directory.EnumerateFiles(input, "*.yaml", Walk)
                    .Concat(Directory.EnumerateFiles(input, "*.yml", Walk))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                files.ForEach(Add);
                if (files.Count == 0)
                {
                    unmatched.Add(input);
                }
            }
            else if (input.IndexOfAny(['*', '?', '[']) >= 0)
            {
                var matches = Glob(input);
                matches.ForEach(Add);
                if (matches.Count == 0)
                {
                    unmatched.Add(input);
                }
            }
            else
            {
                // A missing file is still a document: it is reported as unreadable while the rest are checked.
                Add(input);
            }
        }

        return (documents, unmatched);
    }

    private static List<string> Glob(string pattern)
    {
        var root = Path.IsPathRooted(pattern) ? Path.GetPathRoot(pattern)! : ".";
        var relative = Path.IsPathRooted(pattern) ? pattern[root.Length..] : pattern;
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(relative);
        return [.. matcher.GetResultsInFullPath(root)
            .Select(p => Path.IsPathRooted(pattern) ? p : Path.GetRelativePath(".", p))
            .Order(StringComparer.Ordinal)];
    }
}
