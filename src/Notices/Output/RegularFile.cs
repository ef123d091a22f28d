using Microsoft.Win32.SafeHandles;
using Mono.Unix.Native;

namespace EmergencyDSS.Notices;

/// <summary>Why <see cref="RegularFile.Read"/> refused a file.</summary>
internal enum FileRefusal { None, Missing, SymbolicLink, NotRegular, TooLarge, Unreadable, Unsettled }

/// <summary>
/// Reads a file that someone else may have planted: opened with O_NOFOLLOW (a symbolic link is refused, not
/// followed) and O_NONBLOCK (a FIFO cannot stall the open), then checked on the open descriptor (no race between
/// check and read) to be a regular file of at most the given size. Devices, FIFOs, sockets and directories are refused.
/// </summary>
internal static class RegularFile
{
    /// <param name="modifiedBefore">If given, a file modified at or after this instant is still being written: <see cref="FileRefusal.Unsettled"/>, not read.</param>
    public static (byte[]? Bytes, FileRefusal Refusal) Read(string path, long maxBytes, DateTimeOffset? modifiedBefore = null)
    {
        var fd = Syscall.open(path, OpenFlags.O_RDONLY | OpenFlags.O_NOFOLLOW | OpenFlags.O_NONBLOCK | OpenFlags.O_CLOEXEC);
        if (fd < 0)
            return (null, Stdlib.GetLastError() switch
            {
                Errno.ENOENT or Errno.ENOTDIR => FileRefusal.Missing,
                Errno.ELOOP => FileRefusal.SymbolicLink,
                Errno.ENXIO or Errno.ENODEV => FileRefusal.NotRegular,
                _ => FileRefusal.Unreadable,
            });
        using var handle = new SafeFileHandle(fd, ownsHandle: true);
        if (Syscall.fstat(fd, out var status) != 0) return (null, FileRefusal.Unreadable);
        if ((status.st_mode & FilePermissions.S_IFMT) != FilePermissions.S_IFREG) return (null, FileRefusal.NotRegular);
        if (status.st_size > maxBytes) return (null, FileRefusal.TooLarge);
        if (modifiedBefore is { } settled && DateTimeOffset.FromUnixTimeSeconds(status.st_mtime).AddTicks(status.st_mtime_nsec / 100) >= settled)
            return (null, FileRefusal.Unsettled);
        using var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
        var buffer = new byte[status.st_size + 1];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0) total += read;
        // The file grew while being read: it is still being written; its first bytes alone would be a truncated file.
        if (total > status.st_size) return (null, total > maxBytes ? FileRefusal.TooLarge : FileRefusal.Unreadable);
        return (buffer[..total], FileRefusal.None);
    }
}
