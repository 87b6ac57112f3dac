using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using AllianceCompliance.Files;
using AllianceCompliance.Findings;

namespace AllianceCompliance.Cli;

/// <summary>
/// Where <c>--output</c> sends a report, decided before anything is read:
/// <list type="bullet">
/// <item>a regular file (or a new one) is replaced whole: the report is written to a temporary
/// file beside it, which takes the old file's permissions, and renamed over it, so readers see the
/// old report or the whole new one, never a truncated one;</item>
/// <item>a symbolic link is followed: its target is what is replaced (or written to);</item>
/// <item>a character device, FIFO or terminal (<c>/dev/null</c>, <c>/dev/tty</c>, a named pipe)
/// is written to directly as a stream and never replaced; <c>/dev/stdout</c> and
/// <c>/dev/stderr</c> are this process's own standard output and error;</item>
/// <item>a directory, block device or socket is refused.</item>
/// </list>
/// The temporary file is named <c>.alliance-check-PID-RANDOM.tmp</c>: it is deleted when the run
/// fails or is interrupted (SIGINT, SIGTERM, SIGHUP), and one left by a killed run (SIGKILL) is
/// deleted by the next run that writes into the same directory once its process has gone.
/// </summary>
internal sealed class ReportFile : IDisposable
{
    private const string TemporaryPrefix = ".alliance-check-";
    private const string TemporarySuffix = ".tmp";
    private static readonly TimeSpan StaleAfter = TimeSpan.FromDays(1);
    private static readonly Lock Gate = new();
    private static readonly HashSet<string> Temporaries = [];
    private static PosixSignalRegistration[]? signals;

    private readonly string destination;
    private readonly string? temporary;
    private FileStream? stream;

    private ReportFile(string shown, string destination, string? temporary, FileStream? stream)
    {
        Shown = shown;
        this.destination = destination;
        this.temporary = temporary;
        this.stream = stream;
    }

    /// <summary>The full path as the user named it, for messages.</summary>
    public string Shown { get; }

    /// <summary>Whether the report goes to one of this process's own standard streams (<c>/dev/stdout</c>, <c>/dev/stderr</c>).</summary>
    public TextWriter? StandardStream { get; private init; }

    /// <summary>The identity of the file the report would replace or write to, to compare with the inputs.</summary>
    public FileNode Node { get; private init; } = new(FileKind.Missing);

    /// <summary>
    /// Decides where a report named <paramref name="path"/> goes and, for a file to replace, creates
    /// its temporary file. Null, with the reason in <paramref name="refused"/>, when it must not be written.
    /// </summary>
    public static ReportFile? Open(string path, Terminal terminal, out LocalizedText? refused)
    {
        refused = null;
        var full = Path.GetFullPath(path);
        if (Standard(full, terminal) is { } own)
        {
            return new ReportFile(full, full, null, null) { StandardStream = own };
        }

        var node = FileNode.Of(full);
        switch (node.Kind)
        {
            case FileKind.Directory:
                refused = CliWords.OutputIsDirectory(full);
                return null;
            case FileKind.BlockDevice or FileKind.Socket:
                refused = CliWords.OutputIsDevice(full);
                return null;
            case FileKind.Missing when node.Problem is { } problem:
                refused = CliWords.CannotWrite(full, problem);
                return null;
            case FileKind.Fifo or FileKind.CharacterDevice:
                // Written as a stream when the report is ready: opening a FIFO waits for its reader.
                return new ReportFile(full, full, null, null) { Node = node };
        }

        // A regular file or a new one; through a link, the link's final target.
        var destination = FileNode.Of(full, followLinks: false).Kind == FileKind.SymbolicLink
            ? File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full
            : full;
        var directory = Path.GetDirectoryName(destination)!;
        RemoveStale(directory);
        var temporary = Path.Combine(directory, $"{TemporaryPrefix}{Environment.ProcessId}-{Random.Shared.Next():x8}{TemporarySuffix}");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        var mode = node.Kind == FileKind.Regular && !OperatingSystem.IsWindows() ? File.GetUnixFileMode(destination) : (UnixFileMode?)null;
        if (mode is { } kept && !OperatingSystem.IsWindows())
        {
            // Never more open than the old report while it is written; set exactly (past the umask) before it is renamed.
            options.UnixCreateMode = kept & (UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        Track(temporary);
        try
        {
            var stream = new FileStream(temporary, options);
            if (mode is { } exact && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(stream.SafeFileHandle, exact);
            }

            return new ReportFile(full, destination, temporary, stream) { Node = node };
        }
        catch
        {
            Untrack(temporary);
            throw;
        }
    }

    /// <summary>Writes the report: whole into the temporary file then renamed over the destination, or as a stream into a device or FIFO.</summary>
    public void Write(Action<TextWriter> write) => Write((Stream bytes) =>
    {
        using var text = new StreamWriter(bytes, new UTF8Encoding(false), 65536, leaveOpen: true);
        write(text);
    });

    /// <summary>Writes a binary report (the Word memo) the same way.</summary>
    public void Write(Action<Stream> write)
    {
        if (temporary is null)
        {
            using var device = new FileStream(destination, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 4096);
            write(device);
            return;
        }

        write(stream!);
        stream!.Flush(flushToDisk: true);
        stream.Dispose();
        stream = null;
        File.Move(temporary, destination, overwrite: true);
        Untrack(temporary);
    }

    /// <summary>Deletes the temporary file if the report was not written.</summary>
    public void Dispose()
    {
        stream?.Dispose();
        if (temporary is not null)
        {
            Delete(temporary);
            Untrack(temporary);
        }
    }

    private static TextWriter? Standard(string full, Terminal terminal) => full switch
    {
        "/dev/stdout" or "/dev/fd/1" or "/proc/self/fd/1" when !OperatingSystem.IsWindows() => terminal.Out,
        "/dev/stderr" or "/dev/fd/2" or "/proc/self/fd/2" when !OperatingSystem.IsWindows() => terminal.Error,
        _ => null,
    };

    // A temporary file of a run that was killed: its process is gone, or it is older than any run.
    private static void RemoveStale(string directory)
    {
        IEnumerable<string> leftovers;
        try
        {
            leftovers = Directory.EnumerateFiles(directory, TemporaryPrefix + "*" + TemporarySuffix).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }

        foreach (var leftover in leftovers)
        {
            var name = Path.GetFileName(leftover)[TemporaryPrefix.Length..];
            var dash = name.IndexOf('-', StringComparison.Ordinal);
            var owner = dash > 0 && int.TryParse(name[..dash], out var pid) ? pid : -1;
            if (owner != Environment.ProcessId && (!Running(owner) || File.GetLastWriteTimeUtc(leftover) < DateTime.UtcNow - StaleAfter))
            {
                Delete(leftover);
            }
        }
    }

    private static bool Running(int pid)
    {
        if (pid <= 0)
        {
            return false;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static void Track(string temporary)
    {
        lock (Gate)
        {
            Temporaries.Add(temporary);
            // An interrupted run deletes its temporary file, then ends as the signal asks (Cancel stays false).
            signals ??= [.. new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP }.Select(s => PosixSignalRegistration.Create(s, _ => DeleteAll()))];
        }
    }

    private static void Untrack(string temporary)
    {
        lock (Gate)
        {
            Temporaries.Remove(temporary);
        }
    }

    private static void DeleteAll()
    {
        lock (Gate)
        {
            foreach (var temporary in Temporaries)
            {
                Delete(temporary);
            }
        }
    }

    private static void Delete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next run to remove as stale.
        }
    }
}
