namespace StatiqSite.Content;

/// <summary>
/// Finds the files of <c>input/</c> that are published: everything not starting with '_' or '.', and only regular
/// files really inside <c>input/</c>. A symbolic link to a file that stays inside is followed (a page may be
/// linked under a second name); one that leads outside, leads nowhere, goes in a circle or leads to a folder is
/// refused (a linked folder would publish its pages twice, or forever when it holds the link), and so are named
/// pipes, sockets and devices, which are never opened. Each refused path comes with its message.
/// </summary>
public static class InputFiles
{
    /// <summary>
    /// The published files as input-relative, '/'-separated paths, sorted ordinally, and the refused ones with why.
    /// Visits each entry once: linear in the number of files.
    /// </summary>
    public static InputScan Scan(string inputDirectory)
    {
        var root = Path.GetFullPath(inputDirectory);
        var files = new List<string>();
        var refused = new List<RefusedFile>();
        Walk(root, root, files, refused);
        files.Sort(StringComparer.Ordinal);
        refused.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return new InputScan(files, refused);
    }

    /// <summary>
    /// Why the file at <paramref name="relativePath"/> may not be read (see <see cref="Scan"/>), or null when it is
    /// a regular file inside <c>input/</c> or does not exist. For the files read by name (<c>_site.yml</c>).
    /// </summary>
    public static string? RefusalOf(string inputDirectory, string relativePath)
    {
        var root = Path.GetFullPath(inputDirectory);
        var entry = new FileInfo(Path.Combine(root, relativePath));
        return entry.Exists || entry.LinkTarget is not null ? Refusal(root, entry) : null;
    }

    /// <summary>Whether a path is published: no segment starts with '_' or '.'.</summary>
    public static bool IsPublished(string relativePath) =>
        relativePath.Split('/').All(segment => segment.Length > 0 && segment[0] != '_' && segment[0] != '.');

    /// <summary>Whether a path is a Markdown page.</summary>
    public static bool IsPage(string relativePath) => relativePath.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    private static void Walk(string root, string folder, List<string> files, List<RefusedFile> refused)
    {
        List<FileSystemInfo> entries;
        try
        {
            entries = [.. new DirectoryInfo(folder).EnumerateFileSystemInfos()];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            refused.Add(new RefusedFile(Relative(root, folder), "this folder cannot be read: check its permissions"));
            return;
        }

        foreach (var entry in entries.Where(e => e.Name[0] is not ('_' or '.')))
        {
            var path = Relative(root, entry.FullName);
            if (Refusal(root, entry) is { } message)
            {
                refused.Add(new RefusedFile(path, message));
            }
            else if (entry is DirectoryInfo)
            {
                Walk(root, entry.FullName, files, refused);
            }
            else
            {
                files.Add(path);
            }
        }
    }

    /// <summary>Why an entry is refused, or null for a real folder, a regular file, or a link to one inside.</summary>
    private static string? Refusal(string root, FileSystemInfo entry)
    {
        var target = entry.FullName;
        if (entry.LinkTarget is not null)
        {
            try
            {
                target = entry.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? "";
            }
            catch (IOException)
            {
                return "this symbolic link goes round in a circle: remove it";
            }

            if (!File.Exists(target) && !Directory.Exists(target))
            {
                return $"this symbolic link leads to '{entry.LinkTarget}', which does not exist: remove it or put the file itself here";
            }

            if (!IsInside(root, target))
            {
                return "this symbolic link leads outside the input folder, and only files inside it are published: copy the file here instead";
            }

            if (Directory.Exists(target))
            {
                return IsInside(target, entry.FullName)
                    ? "this symbolic link leads to a folder it is in, a circle: remove it"
                    : "this symbolic link leads to a folder, and only links to files are followed: link the files, or move the folder here";
            }
        }
        else if (entry is DirectoryInfo)
        {
            return null;
        }

        return FileKind.NotRegular(target) is { } kind ? $"this is {kind}, not a file: only regular files are published; remove it" : null;
    }

    private static bool IsInside(string folder, string path) =>
        path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}

/// <summary>The files of <c>input/</c>: those published, and those refused with why (<see cref="InputFiles.Scan"/>).</summary>
public sealed record InputScan(IReadOnlyList<string> Files, IReadOnlyList<RefusedFile> Refused);

/// <summary>A file or folder of <c>input/</c> that is not read, with the message for its author.</summary>
public sealed record RefusedFile(string Path, string Message);
