namespace AllianceCompliance.Tests.Robustness;

/// <summary>Finds the repository and the shared corpora beside it, from the test's own directory.</summary>
internal static class Repository
{
    /// <summary>The repository root: the nearest directory above the tests that holds the solution.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>
    /// The third-party corpora: <c>shared/corpora</c> beside the repository, as CI clones it
    /// (or beside a directory further up, for a worktree nested below the clone's parent).
    /// </summary>
    public static string Corpora { get; } = FindCorpora();

    /// <summary>The sample agreements and the compliant baseline of the rule tests, read at run time.</summary>
    public static IReadOnlyList<string> SampleAgreements()
    {
        var samples = Path.Combine(Root, "samples");
        var files = Directory.Exists(samples)
            ? Directory.EnumerateFiles(samples, "*.yaml").Order(StringComparer.Ordinal).ToList()
            : [];
        files.Add(Path.Combine(Root, "tests", "AllianceCompliance.Rules.Tests", "Support", "compliant.yaml"));
        return files;
    }

    /// <summary>A corpus directory, or null when it is absent.</summary>
    public static string? Corpus(string name)
    {
        var path = Path.Combine(Corpora, name);
        return Directory.Exists(path) ? path : null;
    }

    /// <summary>Why a corpus is missing, for the failure message.</summary>
    public static string Missing(string name) =>
        $"The corpus '{name}' is missing: expected it at {Path.Combine(Corpora, name)} (shared/corpora beside the repository, as CI clones it).";

    private static string FindCorpora()
    {
        var beside = Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpora"));
        for (var directory = Directory.GetParent(Root); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "corpora");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return beside;
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AllianceCompliance.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No AllianceCompliance.sln above {AppContext.BaseDirectory}.");
    }
}
