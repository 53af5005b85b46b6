namespace StatiqSite.Content;

/// <summary>Finds the files of <c>input/</c> that are published: everything not starting with '_' or '.'.</summary>
public static class InputFiles
{
    /// <summary>Input-relative, '/'-separated paths of the published files, sorted ordinally.</summary>
    public static IReadOnlyList<string> Published(string inputDirectory)
    {
        var root = Path.GetFullPath(inputDirectory);
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(IsPublished)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Whether a path is published: no segment starts with '_' or '.'.</summary>
    public static bool IsPublished(string relativePath) =>
        relativePath.Split('/').All(segment => segment.Length > 0 && segment[0] != '_' && segment[0] != '.');

    /// <summary>Whether a path is a Markdown page.</summary>
    public static bool IsPage(string relativePath) => relativePath.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
}
