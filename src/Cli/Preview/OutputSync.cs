namespace StatiqSite.Cli.Preview;

/// <summary>
/// Publishes a successful preview build into the served folder file by file: only files whose bytes differ are
/// moved in (each move replaces one file atomically), files the build no longer makes are deleted. The served
/// folder itself is never swapped, so a request during a rebuild never finds it missing, and the list of
/// changed files tells the browser whether a stylesheet swap is enough.
/// </summary>
public sealed class OutputSync
{
    /// <summary>Output-relative, '/'-separated paths written or deleted by the last <see cref="Publish"/>, sorted.</summary>
    public IReadOnlyList<string> LastChanges { get; private set; } = [];

    /// <summary>Moves the changed files of <paramref name="staging"/> into <paramref name="output"/>; deletes stale ones.</summary>
    public void Publish(string staging, string output)
    {
        Directory.CreateDirectory(output);
        var changes = new List<string>();
        var built = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories))
        {
            var relative = Relative(staging, file);
            built.Add(relative);
            var target = Path.Combine(output, relative);
            if (!SameBytes(file, target))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Move(file, target, overwrite: true);
                changes.Add(relative);
            }
        }

        foreach (var entry in Entries(new DirectoryInfo(output)).ToList())
        {
            var relative = Relative(output, entry.FullName);
            if (!built.Contains(relative))
            {
                entry.Delete(); // a link is removed itself; what it points at stays untouched
                changes.Add(relative);
            }
        }

        DeleteEmptyFolders(output);
        changes.Sort(StringComparer.Ordinal);
        LastChanges = changes;
    }

    /// <summary>Files and links below a folder, without following links into folders elsewhere.</summary>
    private static IEnumerable<FileSystemInfo> Entries(DirectoryInfo folder)
    {
        foreach (var entry in folder.EnumerateFileSystemInfos())
        {
            if (entry is DirectoryInfo { LinkTarget: null } subfolder)
            {
                foreach (var inner in Entries(subfolder))
                {
                    yield return inner;
                }
            }
            else
            {
                yield return entry.LinkTarget is null ? entry : new FileInfo(entry.FullName);
            }
        }
    }

    private static string Relative(string root, string file) => Path.GetRelativePath(root, file).Replace('\\', '/');

    private static bool SameBytes(string built, string served)
    {
        var servedInfo = new FileInfo(served);
        if (!servedInfo.Exists || servedInfo.LinkTarget is not null || servedInfo.Length != new FileInfo(built).Length)
        {
            return false;
        }

        return File.ReadAllBytes(built).AsSpan().SequenceEqual(File.ReadAllBytes(served));
    }

    private static void DeleteEmptyFolders(string root)
    {
        foreach (var folder in new DirectoryInfo(root).EnumerateDirectories())
        {
            if (folder.LinkTarget is null)
            {
                DeleteEmptyFolders(folder.FullName);
                if (!folder.EnumerateFileSystemInfos().Any())
                {
                    folder.Delete();
                }
            }
        }
    }
}
