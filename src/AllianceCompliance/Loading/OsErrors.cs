using AllianceCompliance.Findings;
using AllianceCompliance.Resources;

namespace AllianceCompliance.Loading;

/// <summary>
/// Says in each language what went wrong when the operating system would not let a file be read or
/// written: each common kind (not found, access denied, a folder, in use, disk full, path too long,
/// read-only file system, a name the system refuses, a reader that has gone) in a sentence of our
/// own; any other with the system's own message, introduced as such.
/// </summary>
/// <remarks>
/// The kind is read from the exception's type and, for a plain <see cref="IOException"/>, from its
/// <see cref="Exception.HResult"/>: .NET sets it to the system's error number (<c>errno</c> on Linux
/// and macOS, <c>0x8007xxxx</c> with the Win32 error on Windows).
/// </remarks>
internal static class OsErrors
{
    public static LocalizedText Describe(Exception error, string path) => Describe(error, (object)path, folder: false);

    /// <summary>The same for a folder that could not be listed (its being a folder is no reason).</summary>
    public static LocalizedText DescribeFolder(Exception error, string path) => Describe(error, (object)path, folder: true);

    /// <summary>The same for a stream that has no path (<see cref="Words.Os.StandardOutput"/>).</summary>
    public static LocalizedText Describe(Exception error, LocalizedText stream) => Describe(error, (object)stream, folder: false);

    /// <summary>What a failed system call's error number means for a path (a call made directly, such as <c>statx</c>).</summary>
    public static LocalizedText Describe(int errno, string path) =>
        Kind(errno)?.Format(path) ?? Words.Os.Other.Format(path, System.Runtime.InteropServices.Marshal.GetPInvokeErrorMessage(errno));

    private static LocalizedText Describe(Exception error, object path, bool folder) => error switch
    {
        FileNotFoundException => Words.Os.NotFound.Format(path),
        DirectoryNotFoundException => Words.Os.DirectoryNotFound.Format(path),
        PathTooLongException => Words.Os.PathTooLong.Format(path),
        UnauthorizedAccessException or IOException when !folder && path is string named && Directory.Exists(named) => Words.Os.IsDirectory.Format(path),
        UnauthorizedAccessException => Words.Os.Denied.Format(path),
        IOException when Kind(error.HResult) is { } kind => kind.Format(path),
        ArgumentException or NotSupportedException => Words.Os.BadName.Format(path),
        _ => Words.Os.Other.Format(path, error.Message),
    };

    private static LocalizedText? Kind(int code)
    {
        if (OperatingSystem.IsWindows())
        {
            return (code & 0xFFFF0000) == 0x80070000 ? Win32(code & 0xFFFF) : null;
        }

        return code switch
        {
            1 or 13 => Words.Os.Denied, // EPERM, EACCES
            2 => Words.Os.NotFound, // ENOENT
            20 => Words.Os.DirectoryNotFound, // ENOTDIR: a folder on the path is a file
            21 => Words.Os.IsDirectory, // EISDIR
            16 or 26 => Words.Os.InUse, // EBUSY, ETXTBSY
            28 => Words.Os.DiskFull, // ENOSPC
            30 => Words.Os.ReadOnly, // EROFS
            32 => Words.Os.Closed, // EPIPE
            _ when OperatingSystem.IsLinux() => code switch
            {
                11 => Words.Os.InUse, // EAGAIN: another program holds a lock on it
                36 => Words.Os.PathTooLong, // ENAMETOOLONG
                84 => Words.Os.BadName, // EILSEQ: a name the file system cannot store
                122 => Words.Os.DiskFull, // EDQUOT
                _ => null,
            },
            _ when OperatingSystem.IsMacOS() => code switch
            {
                35 => Words.Os.InUse, // EAGAIN
                63 => Words.Os.PathTooLong, // ENAMETOOLONG
                69 => Words.Os.DiskFull, // EDQUOT
                92 => Words.Os.BadName, // EILSEQ
                _ => null,
            },
            _ => null,
        };
    }

    private static LocalizedText? Win32(int error) => error switch
    {
        2 => Words.Os.NotFound, // ERROR_FILE_NOT_FOUND
        3 => Words.Os.DirectoryNotFound, // ERROR_PATH_NOT_FOUND
        5 => Words.Os.Denied, // ERROR_ACCESS_DENIED
        19 => Words.Os.ReadOnly, // ERROR_WRITE_PROTECT
        32 or 33 => Words.Os.InUse, // ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
        39 or 112 => Words.Os.DiskFull, // ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL
        109 or 232 => Words.Os.Closed, // ERROR_BROKEN_PIPE, ERROR_NO_DATA
        123 or 161 or 267 => Words.Os.BadName, // ERROR_INVALID_NAME, ERROR_BAD_PATHNAME, ERROR_DIRECTORY
        206 => Words.Os.PathTooLong, // ERROR_FILENAME_EXCED_RANGE
        _ => null,
    };
}
