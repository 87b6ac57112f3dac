namespace AllianceCompliance.Tests.Reporting;

/// <summary>Third-party test data, read from <c>../shared/corpora</c> beside the repository (never copied into it).</summary>
internal static class Corpora
{
    public static string SarifSchema => Find(Path.Combine("schemas", "sarif-schema-2.1.0.json"));

    private static string Find(string relative)
    {
        // The repository may be a worktree a level deeper than the main clone, so look beside each ancestor.
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
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
