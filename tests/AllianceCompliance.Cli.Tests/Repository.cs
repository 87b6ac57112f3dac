namespace AllianceCompliance.Cli.Tests;

/// <summary>Paths in the repository under test, and the third-party data beside it in <c>../shared/corpora</c>.</summary>
internal static class Repository
{
    public static string Root { get; } = Path.GetFullPath(Path.Combine(TestContext.CurrentContext.TestDirectory, "..", "..", "..", "..", ".."));

    public static string SarifSchema => Corpus(Path.Combine("schemas", "sarif-schema-2.1.0.json"));

    private static string Corpus(string relative)
    {
        // A worktree may sit a level deeper than the main clone, so look beside each ancestor.
        for (var directory = new DirectoryInfo(Root); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "corpora", relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"The corpus file '{relative}' was not found under ../shared/corpora beside the repository.");
    }
}
