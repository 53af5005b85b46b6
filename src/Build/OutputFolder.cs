using StatiqSite.Pipeline;

namespace StatiqSite.Build;

/// <summary>
/// The output folder, claimed for one build (or one preview session): checked against
/// <see cref="OutputFolderRules"/> before anything is touched, then locked, so two builds into one folder never mix.
/// The lock is an exclusive lock on <c>.NAME.lock</c> beside the folder, held open until <see cref="Dispose"/>; the
/// operating system drops it when the process ends in any way, so a killed build never blocks the next. The
/// staging folder (<c>.NAME.building</c>) and the folder the old build is moved to (<c>.NAME.old</c>) are only
/// touched while the lock is held, so they are never shared, and leftovers of a killed build are cleared first.
/// </summary>
public sealed class OutputFolder : IDisposable
{
    /// <summary>The file every build leaves in its output folder, which marks the folder as one this generator may replace.</summary>
    public const string MarkerName = ".statiqsite-output";

    /// <summary>What the marker says, to whoever finds it.</summary>
    public const string MarkerText = "This folder is written by the site generator of this repository (dotnet run -- build).\n"
        + "Every build replaces everything in it. This file marks it as such; it is harmless on a web host.\n";

    private readonly FileStream _lock;

    private OutputFolder(string path, FileStream held)
    {
        Path = path;
        _lock = held;
    }

    /// <summary>The output folder's real path.</summary>
    public string Path { get; }

    /// <summary>The staging folder the build writes into, beside the output folder.</summary>
    public string Staging => Sibling("building");

    /// <summary>
    /// Checks the output folder of <paramref name="settings"/> and takes its lock. Throws
    /// <see cref="OutputRefusedException"/> when the folder may not be used or another build holds it.
    /// </summary>
    public static OutputFolder Claim(BuildSettings settings, string? home)
    {
        var output = Real(settings.OutputDirectory);
        if (OutputFolderRules.Refusal(output, Real(settings.InputDirectory), Real(settings.ThemeDirectory), home is null ? null : Real(home)) is { } why)
        {
            throw new OutputRefusedException(why);
        }

        var lockPath = SiblingOf(output, "lock");
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(output)!);
        FileStream held;
        try
        {
            held = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (IsLocked(e))
        {
            throw new OutputRefusedException(
                $"another build or preview is writing into '{output}' right now (it holds '{lockPath}'): wait until it has finished, or pass --output DIR with another folder");
        }

        var folder = new OutputFolder(output, held);
        try
        {
            DeleteIfPresent(folder.Staging);
            DeleteIfPresent(folder.Sibling("old"));
            return folder;
        }
        catch
        {
            held.Dispose();
            throw;
        }
    }

    /// <summary>Writes the marker into <paramref name="folder"/> (the staging folder, or the preview's served folder).</summary>
    public static void WriteMarker(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(System.IO.Path.Combine(folder, MarkerName), MarkerText);
    }

    /// <summary>
    /// Puts the staging folder in the output folder's place: the old folder is moved aside, the new one moved in,
    /// the old one deleted. When the second move fails, the old folder is moved back, so the output stays as it was.
    /// </summary>
    public void SwapIn()
    {
        var old = Sibling("old");
        if (Directory.Exists(Path))
        {
            try
            {
                Directory.Move(Path, old);
            }
            catch (IOException e)
            {
                // The system's message does not name the folder ("Device or resource busy" for a mount point).
                throw new IOException($"'{Path}' cannot be moved aside for the new build ({e.Message.TrimEnd('.')})", e);
            }
        }

        try
        {
            Directory.Move(Staging, Path);
        }
        catch (Exception) when (Directory.Exists(old) && !Directory.Exists(Path))
        {
            Directory.Move(old, Path);
            throw;
        }

        DeleteIfPresent(old);
    }

    /// <summary>Removes the staging folder and releases the lock.</summary>
    public void Dispose()
    {
        try
        {
            DeleteIfPresent(Staging);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next build, which clears it before it starts and reports it when it cannot.
        }
        finally
        {
            _lock.Dispose();
        }
    }

    // .NET takes FileShare.None as flock(LOCK_EX | LOCK_NB) on Unix; when another process holds it, the IOException
    // carries EWOULDBLOCK (11 on Linux, 35 on macOS); on Windows it is a sharing violation (ERROR_SHARING_VIOLATION).
    private static bool IsLocked(IOException e) => e.HResult is 11 or 35 || (e.HResult & 0xFFFF) == 32;

    private string Sibling(string suffix) => SiblingOf(Path, suffix);

    private static string SiblingOf(string output, string suffix) =>
        System.IO.Path.Combine(System.IO.Path.GetDirectoryName(output)!, "." + System.IO.Path.GetFileName(output) + "." + suffix);

    private static string Real(string path) =>
        RealPaths.Of(path) ?? throw new OutputRefusedException($"'{path}' is a loop of symbolic links: pass a real folder");

    private static void DeleteIfPresent(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
