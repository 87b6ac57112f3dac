namespace AllianceCompliance.Cli.Tests;

/// <summary>A temporary folder with agreement and waivers files; deleted on dispose.</summary>
internal sealed class Workspace : IDisposable
{
    public Workspace() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "alliance-check-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The compliant baseline agreement (tests/AllianceCompliance.Rules.Tests/Support/compliant.yaml).</summary>
    public static string Compliant { get; } = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Support", "compliant.yaml"));

    /// <summary>The baseline with its second member (line 16) not independent: AC104 at $.members[1].legalPerson.independent.</summary>
    public static string NotIndependent { get; } = Compliant.Replace(
        "{ independent: true, creditCode: \"12100000400000624D\"", "{ independent: false, creditCode: \"12100000400000624D\"", StringComparison.Ordinal);

    public string Write(string name, string content)
    {
        var path = Path.Combine(Root, name);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
