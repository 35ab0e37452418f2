using System.Runtime.InteropServices;

namespace Newsdesk.Storage;

/// <summary>
/// Which file a path names: its device and inode (POSIX <c>stat</c>), and whether this process
/// may write it. A path whose identity changes was replaced (moved over, restored from a copy);
/// one that no longer resolves was deleted. Where <c>stat</c> is not available (not Linux), the
/// identity is unknown and only deletion is seen.
/// </summary>
public readonly record struct FileIdentity(ulong Device, ulong Inode)
{
    // struct stat starts with st_dev then st_ino (8 bytes each) on both x86-64 and arm64 Linux;
    // the buffer is larger than the whole struct on either (144 and 128 bytes).
    private const int StatBufferBytes = 256;
    private const int WriteAccess = 2;   // W_OK in unistd.h

    /// <summary>The identity of the file at <paramref name="path"/>; null when it is missing or cannot be told.</summary>
    public static FileIdentity? Of(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var buffer = new byte[StatBufferBytes];
        if (NativeMethods.Stat(path, buffer) != 0)
        {
            return null;
        }

        return new FileIdentity(BitConverter.ToUInt64(buffer, 0), BitConverter.ToUInt64(buffer, 8));
    }

    /// <summary>
    /// True when the file can no longer be written: its write permission was taken away (even for
    /// root, which the kernel would let through: an operator who made it read-only meant it) or its
    /// file system is mounted read-only.
    /// </summary>
    public static bool IsReadOnly(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return new FileInfo(path).IsReadOnly;
        }

        try
        {
            var mode = File.GetUnixFileMode(path);
            if ((mode & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0)
            {
                return true;
            }
        }
        catch (IOException)
        {
            return false;   // gone: that is reported as deleted, not read-only
        }

        return OperatingSystem.IsLinux() && NativeMethods.Access(path, WriteAccess) != 0 && File.Exists(path);
    }

    private static class NativeMethods
    {
#pragma warning disable SYSLIB1054, CA2101 // a plain DllImport keeps the project free of unsafe code; the path is UTF-8 on Linux
        [DllImport("libc", EntryPoint = "stat", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
        public static extern int Stat(string path, byte[] buffer);

        [DllImport("libc", EntryPoint = "access", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
        public static extern int Access(string path, int mode);
#pragma warning restore SYSLIB1054, CA2101
    }
}
