using System.Runtime.InteropServices;

namespace AllianceCompliance.Files;

/// <summary>What kind of thing a path names.</summary>
internal enum FileKind
{
    /// <summary>Nothing is there (or the kind could not be learnt; see <see cref="FileNode.Problem"/>).</summary>
    Missing,

    /// <summary>A regular file: the only kind read as an agreement or waivers file, or replaced by a report.</summary>
    Regular,

    /// <summary>A directory.</summary>
    Directory,

    /// <summary>A named pipe (FIFO): opening it blocks until another process opens its other end.</summary>
    Fifo,

    /// <summary>A character device such as a terminal, <c>/dev/null</c> or <c>/dev/zero</c>.</summary>
    CharacterDevice,

    /// <summary>A block device such as a disk.</summary>
    BlockDevice,

    /// <summary>A Unix socket.</summary>
    Socket,

    /// <summary>A symbolic link (only when links are not followed).</summary>
    SymbolicLink,
}

/// <summary>
/// What a path names, asked of the operating system without opening it (opening a FIFO blocks,
/// reading a device can be endless): its kind and, on Unix, its device and inode, which say
/// whether two paths name the same file. .NET 10 cannot tell a FIFO or a device from a regular
/// file, so on Linux this asks <c>statx(2)</c>, whose layout is the same on every architecture;
/// elsewhere it answers from .NET's own attributes (Windows has no FIFOs or devices among files;
/// on other Unix systems a FIFO or device is taken for a regular file).
/// </summary>
/// <param name="Kind">The kind of file.</param>
/// <param name="Device">The device holding it (Unix), or 0.</param>
/// <param name="Inode">Its inode on that device (Unix), or 0.</param>
/// <param name="Problem">Why the path could not be looked at, when <see cref="Kind"/> is <see cref="FileKind.Missing"/> for a reason other than absence.</param>
internal sealed record FileNode(FileKind Kind, ulong Device = 0, ulong Inode = 0, Findings.LocalizedText? Problem = null)
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxBasicStats = 0x7FF;
    private const int StatxSize = 256;
    private const int NoEntry = 2;
    private const int NotADirectory = 20;

    /// <summary>Whether the path names the same file as another node (same device and inode on Unix).</summary>
    public bool SameFileAs(FileNode other) =>
        Kind != FileKind.Missing && other.Kind != FileKind.Missing && Inode != 0 && Device == other.Device && Inode == other.Inode;

    /// <summary>Looks at a path; follows symbolic links unless <paramref name="followLinks"/> is false.</summary>
    public static FileNode Of(string path, bool followLinks = true)
    {
        if (path.Length == 0 || path.Contains('\0', StringComparison.Ordinal))
        {
            return new(FileKind.Missing);
        }

        try
        {
            if (OperatingSystem.IsLinux())
            {
                return Linux(path, followLinks);
            }

        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // An unusual C library: fall back to what .NET can tell.
        }

        return Portable(path, followLinks);
    }

    private static FileNode Linux(string path, bool followLinks)
    {
        Span<byte> buffer = stackalloc byte[StatxSize];
        var name = System.Text.Encoding.UTF8.GetBytes(path + "\0");
        if (Statx(AtFdCwd, ref name[0], followLinks ? 0 : AtSymlinkNoFollow, StatxBasicStats, ref MemoryMarshal.GetReference(buffer)) != 0)
        {
            return Failed(Marshal.GetLastPInvokeError(), path);
        }

        var mode = BitConverter.ToUInt16(buffer[28..]);
        var inode = BitConverter.ToUInt64(buffer[32..]);
        var device = ((ulong)BitConverter.ToUInt32(buffer[136..]) << 32) | BitConverter.ToUInt32(buffer[140..]);
        return new(KindOf(mode), device, inode);
    }

    private static FileNode Failed(int errno, string path) => errno is NoEntry or NotADirectory
        ? new(FileKind.Missing)
        : new(FileKind.Missing, Problem: Loading.OsErrors.Describe(errno, path));

    private static FileKind KindOf(ushort mode) => (mode & 0xF000) switch
    {
        0x8000 => FileKind.Regular,
        0x4000 => FileKind.Directory,
        0x1000 => FileKind.Fifo,
        0x2000 => FileKind.CharacterDevice,
        0x6000 => FileKind.BlockDevice,
        0xC000 => FileKind.Socket,
        0xA000 => FileKind.SymbolicLink,
        _ => FileKind.Missing,
    };

    private static FileNode Portable(string path, bool followLinks)
    {
        try
        {
            var info = new FileInfo(path);
            if (!followLinks && info.LinkTarget is not null)
            {
                return new(FileKind.SymbolicLink);
            }

            if (Directory.Exists(path))
            {
                return new(FileKind.Directory);
            }

            return info.Exists ? new(path.StartsWith(@"\\.\", StringComparison.Ordinal) ? FileKind.CharacterDevice : FileKind.Regular) : new(FileKind.Missing);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new(FileKind.Missing, Problem: Loading.OsErrors.Describe(e, path));
        }
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, ref byte path, int flags, uint mask, ref byte buffer);
}
