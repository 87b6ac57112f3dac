namespace AllianceCompliance.Tests.Support;

/// <summary>Files of this repository, found from the test's output folder (tests/X/bin/Debug/net10.0).</summary>
internal static class Repository
{
    public static string Root { get; } = Path.GetFullPath(Path.Combine(TestContext.CurrentContext.TestDirectory, "..", "..", "..", "..", ".."));

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);
}
