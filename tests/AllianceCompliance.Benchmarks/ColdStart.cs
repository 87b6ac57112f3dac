namespace AllianceCompliance.Benchmarks;

/// <summary>
/// Target 3: <c>alliance-check check</c> on one typical agreement against a hello-world program, each
/// started by its own executable, as an installed tool is (the tool's command is a link to its
/// executable). A program given as a <c>.dll</c> is started through <c>dotnet</c> instead.
/// </summary>
internal static class ColdStart
{
    /// <summary>Builds a hello-world console program (same framework and globalization mode as the tool) in a temporary folder.</summary>
    public static string BuildHelloWorld(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "hello.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <InvariantGlobalization>true</InvariantGlobalization>
              </PropertyGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), "System.Console.WriteLine(\"Hello, World!\");\n");
        var output = Path.Combine(folder, "out");
        ChildProcess.MustRun("dotnet", "build", folder, "-c", "Release", "-o", output, "--nologo", "-v", "q");
        return Path.Combine(output, OperatingSystem.IsWindows() ? "hello.exe" : "hello");
    }

    /// <summary>The median wall time of each program over alternating runs, after two warm-up runs of each.</summary>
    public static (double HelloMs, double CheckMs) Measure(string hello, string cli, string agreement, int runs)
    {
        var helloMs = new List<double>();
        var checkMs = new List<double>();
        for (var i = -2; i < runs; i++)
        {
            var (helloCode, helloOutput, helloTime) = ChildProcess.Run(hello);
            var (checkCode, checkOutput, checkTime) = ChildProcess.Run(cli, "check", agreement);
            if (helloCode != 0 || checkCode > 1)
            {
                throw new InvalidOperationException($"cold start: hello exited {helloCode}, check exited {checkCode}:\n{helloOutput}\n{checkOutput}");
            }

            if (i >= 0)
            {
                helloMs.Add(helloTime);
                checkMs.Add(checkTime);
            }
        }

        return (Timing.Median(helloMs), Timing.Median(checkMs));
    }
}
