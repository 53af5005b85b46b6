using System.Runtime.InteropServices;

namespace StatiqSite.Modules;

/// <summary>
/// Makes a hard link, a second name for an existing file (.NET 10 has no API for it): <c>link(2)</c> on Unix,
/// <c>CreateHardLinkW</c> on Windows. Used by <see cref="WriteFiles"/> for files a build would write unchanged.
/// </summary>
internal static class HardLink
{
    /// <summary>Gives <paramref name="existing"/> the further name <paramref name="path"/>; false when the system refuses (another file system, a name taken, no support).</summary>
    public static bool TryCreate(string path, string existing)
    {
        try
        {
            return OperatingSystem.IsWindows() ? CreateHardLinkW(path, existing, IntPtr.Zero) : Link(existing, path) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "link")]
    private static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string path);

    [DllImport("kernel32", CharSet = CharSet.Unicode)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static extern bool CreateHardLinkW(string path, string existing, IntPtr securityAttributes);
}
