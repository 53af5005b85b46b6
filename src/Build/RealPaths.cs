namespace StatiqSite.Build;

/// <summary>
/// Paths with every symbolic link along them followed, so two ways of naming one folder compare equal: the
/// output folder's rules and the preview server's "nothing outside the output folder" both rest on this.
/// </summary>
public static class RealPaths
{
    private const int MaxLinkDepth = 40;

    /// <summary>
    /// The full path with every link along it followed (like realpath(3)) and no trailing separator; parts that do
    /// not exist are kept as written. Null for a loop of links.
    /// </summary>
    public static string? Of(string path, int depth = 0)
    {
        if (depth > MaxLinkDepth)
        {
            return null;
        }

        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full)!;
        foreach (var segment in full[current.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, segment);
            if (new FileInfo(next).LinkTarget is { } target)
            {
                // A relative target is relative to the link's folder; Path.Combine keeps an absolute one as it is.
                var resolved = Of(Path.Combine(current, target), depth + 1);
                if (resolved is null)
                {
                    return null;
                }

                next = resolved;
            }

            current = next;
        }

        return current;
    }

    /// <summary>Whether <paramref name="path"/> lies below <paramref name="folder"/> (both real paths; not the folder itself).</summary>
    public static bool IsBelow(string path, string folder) =>
        path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
