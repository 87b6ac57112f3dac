namespace AllianceCompliance.Cli.Tests;

/// <summary>A fresh directory under the system's temporary directory, deleted (links and all) on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("alliance-cli-").FullName;

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public string Write(string name, string content)
    {
        var path = Combine(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Makes a named pipe (FIFO) in the directory.</summary>
    public string Fifo(string name)
    {
        var path = Combine(name);
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        mkfifo.ExitCode.ShouldBe(0);
        return path;
    }

    public void Dispose()
    {
        // Deleting recursively removes links without following them.
        if (Directory.Exists(Path))
        {
            foreach (var file in Directory.EnumerateFileSystemEntries(Path, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint }))
            {
                if (File.Exists(file))
                {
                    File.SetAttributes(file, FileAttributes.Normal);
                }
            }

            Directory.Delete(Path, recursive: true);
        }
    }
}
