namespace AllianceCompliance.Cli.Tests;

/// <summary>The compliant baseline agreement of the rule tests, read at run time.</summary>
internal static class Agreement
{
    public static string Compliant { get; } = File.ReadAllText(Path.GetFullPath(Path.Combine(
        TestContext.CurrentContext.TestDirectory, "..", "..", "..", "..", "AllianceCompliance.Rules.Tests", "Support", "compliant.yaml")));
}
