using Microsoft.Extensions.FileSystemGlobbing;

namespace AllianceCompliance.Cli;

/// <summary>
/// Turns the command line's inputs (files, directories, globs, <c>-</c>) into the list of documents
/// to check. Directories and globs are walked for <c>*.yaml</c> and <c>*.yml</c> without following links.
/// </summary>
internal static class InputExpander
{
    public const string StandardInput = "-";

    private static readonly char[] Wildcards = ['*', '?', '['];

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
            else if (input.IndexOfAny(Wildcards) >= 0)
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

    /// <summary>
    /// Expands a glob by walking only below its literal prefix, with the same options as a
    /// directory walk: links are not followed, so a symbolic-link loop cannot make it run forever.
    /// </summary>
    private static List<string> Glob(string pattern)
    {
        var segments = pattern.Replace('\\', '/').Split('/');
        var literal = segments.TakeWhile(s => s.IndexOfAny(Wildcards) < 0).Count();
        var prefix = string.Join('/', segments[..literal]);
        var root = literal == 0 ? "." : prefix.Length == 0 ? "/" : prefix;
        var rest = segments[literal..];
        if (!Directory.Exists(root))
        {
            return [];
        }

        var walk = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            MaxRecursionDepth = rest.Contains("**") ? int.MaxValue : rest.Length - 1,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.ReparsePoint,
        };
        var fullRoot = Path.GetFullPath(root);
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(string.Join('/', rest));
        return [.. matcher.Match(fullRoot, Directory.EnumerateFiles(fullRoot, "*", walk)).Files
            .Select(f => literal == 0 ? f.Path : Path.Combine(root, f.Path))
            .Order(StringComparer.Ordinal)];
    }
}
