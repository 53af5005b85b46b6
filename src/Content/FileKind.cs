using System.Runtime.InteropServices;

namespace StatiqSite.Content;

/// <summary>
/// What kind of file a path names, without opening it: opening a FIFO blocks until someone writes to it, and a
/// device like <c>/dev/zero</c> never ends. .NET shows neither apart from an empty file, so this asks the
/// runtime's own native shim (<c>libSystem.Native</c>, shipped with every .NET on Linux and macOS) for
/// <c>lstat</c>, whose file type bits are the POSIX ones. On Windows every file is taken as regular.
/// </summary>
internal static class FileKind
{
    private const int TypeMask = 0xF000, Fifo = 0x1000, CharacterDevice = 0x2000, Directory = 0x4000,
        BlockDevice = 0x6000, Regular = 0x8000, SymbolicLink = 0xA000, Socket = 0xC000;

    /// <summary>
    /// Null for a regular file (or a directory, or a symbolic link, which the caller follows itself); otherwise
    /// what it is, for a message ("a named pipe (FIFO)").
    /// </summary>
    public static string? NotRegular(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        var status = new Status();
        if (LStat(path, ref status) != 0)
        {
            return "a file that cannot be read";
        }

        return (status.Mode & TypeMask) switch
        {
            Regular or Directory or SymbolicLink => null,
            Fifo => "a named pipe (FIFO)",
            Socket => "a socket",
            CharacterDevice or BlockDevice => "a device",
            _ => "not a regular file",
        };
    }

    // DllImport, not LibraryImport: the generated marshalling would need unsafe code allowed in the whole project.
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat")]
    private static extern int LStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, ref Status status);

    /// <summary>
    /// The start of the shim's <c>FileStatus</c> (flags, then mode); the size is generous so the native side can
    /// write all of its fields whatever their number.
    /// </summary>
    [StructLayout(LayoutKind.Sequential, Size = 512)]
    private struct Status
    {
        public int Flags;
        public int Mode;
    }
}
