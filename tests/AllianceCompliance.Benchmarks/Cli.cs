using System.Runtime.InteropServices;

namespace AllianceCompliance.Benchmarks;

/// <summary>
/// The <c>alliance-check</c> tool as users run it: the CLI project published for this machine's RID
/// with the project's own settings, which are those of the tool package for that RID (on linux-x64
/// self-contained, one composite ReadyToRun image). Returns the executable.
/// </summary>
internal static class Cli
{
    public static string Publish(string root, string work)
    {
        var project = Path.Combine(root, "src", "AllianceCompliance.Cli");
        var output = Path.Combine(work, "tool");
        ChildProcess.MustRun("dotnet", "publish", project, "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier,
            "-o", output, "--nologo", "-v", "q");
        return Path.Combine(output, OperatingSystem.IsWindows() ? "alliance-check.exe" : "alliance-check");
    }
}
