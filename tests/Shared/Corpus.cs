namespace AllianceCompliance.Testing;

/// <summary>
/// The third-party test data in <c>shared/corpora</c> beside the repository (the YAML test suite,
/// the SARIF schema; never copied into it). A clone with nothing beside it skips the tests that
/// need them, saying what is missing and where it goes; with <c>CI=true</c> they fail instead, so
/// CI can never skip them silently.
/// </summary>
internal static class Corpus
{
    /// <summary>The repository root: the nearest directory above the tests that holds the solution.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>Where the corpora are expected: <c>../shared/corpora</c> beside the repository.</summary>
    public static string Expected { get; } = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpora"));

    /// <summary>The path of a corpus file or directory, or null when it is absent.</summary>
    public static string? Find(string relative)
    {
        // A worktree may sit a level deeper than the main clone, so look beside each ancestor.
        for (var directory = Directory.GetParent(RepositoryRoot); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "corpora", relative);
            if (File.Exists(candidate) || Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// The path of a corpus file or directory; when it is absent, ends the test as skipped
    /// (<see cref="Assert.Ignore(string)"/>), or as failed when the environment says <c>CI=true</c>.
    /// </summary>
    public static string Require(string relative)
    {
        if (Find(relative) is { } path)
        {
            return path;
        }

        var message = $"Third-party corpus '{relative}' is missing: put it at {Path.Combine(Expected, relative)} "
            + "(the shared/corpora folder beside the repository; see the README's Set-up section).";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(message + " CI=true, so a missing corpus fails the run.");
        }

        Assert.Ignore(message);
        throw new System.Diagnostics.UnreachableException();
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
