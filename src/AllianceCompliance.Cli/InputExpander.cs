using AllianceCompliance.Files;
using AllianceCompliance.Findings;
using AllianceCompliance.Loading;

namespace AllianceCompliance.Cli;

/// <summary>
/// Turns the command line's inputs (files, directories, globs, <c>-</c>) into the list of documents
/// to check, without opening any file. Directories and globs are walked for <c>*.yaml</c> and
/// <c>*.yml</c> without following links; a directory that cannot be searched (unreadable, or
/// deeper than the system's path limit) becomes a document of its own, reported as unreadable,
/// and the walk goes on.
/// </summary>
internal static class InputExpander
{
    public const string StandardInput = "-";

    /// <summary>
    /// The documents in the order given (a directory's or glob's files sorted), the inputs that matched
    /// nothing, why some documents cannot be read, and the inputs named on the command line that are
    /// one of the run's other files (waivers, baseline), so not checked.
    /// </summary>
    public sealed record Expansion(List<string> Documents, List<string> Unmatched, Dictionary<string, LocalizedText> Problems, List<(string Input, string OtherFile)> NotAgreements);

    /// <summary>Expands the inputs, leaving out <paramref name="otherFiles"/> (the waivers file, the baseline) wherever they turn up.</summary>
    public static Expansion Expand(IEnumerable<string> inputs, params string?[] otherFiles)
    {
        var expansion = new Expansion([], [], new(StringComparer.Ordinal), []);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var others = otherFiles.OfType<string>().Where(o => o != StandardInput).Select(o => (Name: o, Full: FullPath(o), Node: FileNode.Of(o))).ToList();
        string? OtherFile(string path) => path == StandardInput
            ? null
            : others.FirstOrDefault(o => o.Full == FullPath(path) || (o.Node.Kind == FileKind.Regular && o.Node.SameFileAs(FileNode.Of(path)))).Name;
        void Add(string path)
        {
            if (OtherFile(path) is not null)
            {
                return;
            }

            if (path == StandardInput || seen.Add(FullPath(path)))
            {
                expansion.Documents.Add(path);
            }
        }

        void Unsearchable(string path, LocalizedText reason)
        {
            Add(path);
            expansion.Problems[path] = reason;
        }

        foreach (var input in inputs)
        {
            var kind = input == StandardInput ? FileKind.Regular : FileNode.Of(input).Kind;
            if (kind == FileKind.Directory)
            {
                var files = Walk(input, int.MaxValue, Unsearchable)
                    .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                files.ForEach(Add);
                if (files.Count == 0)
                {
                    expansion.Unmatched.Add(input);
                }
            }
            else if (kind == FileKind.Missing && Glob.IsGlob(input))
            {
                var matches = Expand(input, Unsearchable);
                matches.ForEach(Add);
                if (matches.Count == 0)
                {
                    expansion.Unmatched.Add(input);
                }
            }
            else if (OtherFile(input) is { } other)
            {
                expansion.NotAgreements.Add((input, other));
            }
            else
            {
                // A file, or something else that is reported for itself (a missing file, a FIFO, a device) while the rest are checked.
                Add(input);
            }
        }

        return expansion;
    }

    private static string FullPath(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or IOException)
        {
            return path;
        }
    }

    /// <summary>
    /// Expands a glob by walking only below its literal prefix, and only as deep as it reaches
    /// (any depth for <c>**</c>); links are not followed, so a symbolic-link loop cannot make it run forever.
    /// </summary>
    private static List<string> Expand(string pattern, Action<string, LocalizedText> unsearchable)
    {
        var segments = pattern.Replace('\\', '/').Split('/');
        var literal = segments.TakeWhile(s => !Glob.IsGlob(s)).Count();
        var prefix = string.Join('/', segments[..literal]);
        var root = literal == 0 ? "." : prefix.Length == 0 ? "/" : prefix;
        var rest = segments[literal..];
        if (FileNode.Of(root).Kind != FileKind.Directory)
        {
            return [];
        }

        var glob = Glob.Of(string.Join('/', rest));
        var depth = rest.Contains("**") ? int.MaxValue : rest.Length - 1;
        return [.. Walk(root, depth, unsearchable)
            .Select(f => (Path: f, Relative: Path.GetRelativePath(root, f).Replace('\\', '/')))
            .Where(f => glob.Matches(f.Relative))
            .Select(f => literal == 0 ? f.Relative : f.Path)
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Every entry below a directory that is not a directory, to <paramref name="maxDepth"/> levels
    /// of subdirectories, without recursion and without following links (nor listing them).
    /// </summary>
    private static IEnumerable<string> Walk(string root, int maxDepth, Action<string, LocalizedText> unsearchable)
    {
        var pending = new Stack<(string Directory, int Depth)>();
        pending.Push((root, 0));
        var list = new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false, RecurseSubdirectories = false };
        while (pending.Count > 0)
        {
            var (directory, depth) = pending.Pop();
            List<FileSystemInfo> entries;
            try
            {
                entries = [.. new DirectoryInfo(directory).EnumerateFileSystemInfos("*", list)];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                unsearchable(directory, LoadErrors.CannotSearch(OsErrors.DescribeFolder(e, directory)));
                continue;
            }

            foreach (var entry in entries)
            {
                var path = Path.Combine(directory, entry.Name);
                var attributes = entry.Attributes;
                if ((int)attributes == -1)
                {
                    // .NET could not look at it (a path longer than the system allows, a name that is
                    // not UTF-8). A file goes on to be reported for itself when it is checked; a
                    // directory (as the listing said) cannot be walked, and is reported here.
                    if (entry is DirectoryInfo)
                    {
                        unsearchable(path, AgreementChecker.NotReadable(path) ?? LoadErrors.NotARegularFile(FileKind.Directory));
                    }
                    else
                    {
                        yield return path;
                    }

                    continue;
                }

                if (attributes.HasFlag(FileAttributes.ReparsePoint))
                {
                    continue;
                }

                if (attributes.HasFlag(FileAttributes.Directory))
                {
                    if (depth < maxDepth)
                    {
                        pending.Push((path, depth + 1));
                    }
                }
                else
                {
                    yield return path;
                }
            }
        }
    }
}
