using System.Runtime.InteropServices;

namespace AllianceCompliance.Benchmarks;

/// <summary>The <c>alliance-check</c> tool as users run it: the CLI project published for this machine (ReadyToRun where the project asks for it).</summary>
internal static class Cli
{
    public static string Publish(string root, string work)
    {
        var project = Path.Combine(root, "src", "AllianceCompliance.Cli");
        var output = Path.Combine(work, "tool");
        ChildProcess.MustRun("dotnet", "publish", project, "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier,
            "--self-contained", "false", "-o", output, "--nologo", "-v", "q");
        return Path.Combine(output, "alliance-check.dll");
    }
}
