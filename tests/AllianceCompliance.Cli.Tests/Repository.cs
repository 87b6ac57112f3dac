namespace AllianceCompliance.Cli.Tests;

/// <summary>Paths in the repository under test.</summary>
internal static class Repository
{
    public static string Root { get; } = Path.GetFullPath(Path.Combine(TestContext.CurrentContext.TestDirectory, "..", "..", "..", "..", ".."));
}
