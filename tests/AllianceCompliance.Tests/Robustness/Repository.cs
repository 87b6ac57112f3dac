namespace AllianceCompliance.Tests.Robustness;

/// <summary>Finds the repository from the test's own directory (the corpora beside it: <see cref="AllianceCompliance.Testing.Corpus"/>).</summary>
internal static class Repository
{
    /// <summary>The repository root: the nearest directory above the tests that holds the solution.</summary>
    public static string Root { get; } = FindRoot();

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
