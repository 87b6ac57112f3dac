namespace AllianceCompliance.Benchmarks;

/// <summary>
/// Target 3: <c>alliance-check check</c> on one typical agreement against a hello-world program,
/// both started as <c>dotnet program.dll</c>, the way a dotnet tool's shim starts it.
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
        return Path.Combine(output, "hello.dll");
    }

    /// <summary>The median wall time of each program over alternating runs, after two warm-up runs of each.</summary>
    public static (double HelloMs, double CheckMs) Measure(string helloDll, string cliDll, string agreement, int runs)
    {
        var hello = new List<double>();
        var check = new List<double>();
        for (var i = -2; i < runs; i++)
        {
            var (helloCode, helloOutput, helloMs) = ChildProcess.Run("dotnet", helloDll);
            var (checkCode, checkOutput, checkMs) = ChildProcess.Run("dotnet", cliDll, "check", agreement);
            if (helloCode != 0 || checkCode > 1)
            {
                throw new InvalidOperationException($"cold start: hello exited {helloCode}, check exited {checkCode}:\n{helloOutput}\n{checkOutput}");
            }

            if (i >= 0)
            {
                hello.Add(helloMs);
                check.Add(checkMs);
            }
        }

        return (Timing.Median(hello), Timing.Median(check));
    }
}
