namespace StatiqSite.Build;

/// <summary>
/// Which folders a build may replace, decided before anything is touched. A build deletes whatever was in its
/// output folder, so only a folder that is new, empty, or a build of this generator qualifies; every other folder is
/// refused with the reason and what to do. All paths are compared as real paths (links followed, no trailing '/').
/// </summary>
public static class OutputFolderRules
{
    /// <summary>What a build of the version before the marker always wrote at the top of its output folder.</summary>
    private static readonly string[] EarlierBuildSigns = ["404.html", "robots.txt", "assets"];

    /// <summary>Why <paramref name="output"/> may not be the output folder, or null when it may.</summary>
    /// <param name="output">The output folder.</param>
    /// <param name="input">The input folder.</param>
    /// <param name="theme">The theme folder.</param>
    /// <param name="home">The user's home folder, or null when unknown.</param>
    public static string? Refusal(string output, string input, string theme, string? home)
    {
        var shown = $"the output folder '{output}'";
        return output switch
        {
            _ when Path.GetPathRoot(output) == output || output.Length == 0 =>
                $"{shown} is the root of the file system: a build would delete everything on it; pass --output DIR with a new folder such as 'output'",
            _ when home is not null && (output == home || RealPaths.IsBelow(home, output)) =>
                $"{shown} is or holds your home folder: a build would delete it; pass --output DIR with a new folder such as 'output'",
            _ when output == input =>
                $"{shown} is the input folder: a build would delete your content; pass --output DIR with another folder such as 'output'",
            _ when RealPaths.IsBelow(input, output) || output == theme || RealPaths.IsBelow(theme, output) =>
                $"{shown} holds the input or theme folder (like '--output .' at the repository root): a build would delete your sources; pass --output DIR with a new folder such as 'output'",
            _ when RealPaths.IsBelow(output, input) =>
                $"{shown} is inside the input folder: every build would publish the previous one again; pass --output DIR with a folder outside '{input}'",
            _ when RealPaths.IsBelow(output, theme) =>
                $"{shown} is inside the theme folder: a build would copy itself into its theme; pass --output DIR with a folder outside '{theme}'",
            _ when File.Exists(output) =>
                $"{shown} is a file, not a folder: remove it or pass --output DIR with another folder",
            _ when Directory.Exists(output) && !IsBuildOrEmpty(output) =>
                $"{shown} holds files that are not a build of this generator (like '{FirstEntry(output)}') and a build replaces everything in it: "
                + "pass --output DIR with a new or empty folder, or empty this one yourself",
            _ => null,
        };
    }

    /// <summary>
    /// Empty; or holding the marker; or, without it, what a build of the previous version left: its top has
    /// 404.html, robots.txt and assets/, and nothing hidden (no '.git' or other dot file).
    /// </summary>
    private static bool IsBuildOrEmpty(string folder)
    {
        var names = new DirectoryInfo(folder).EnumerateFileSystemInfos().Select(e => e.Name).ToList();
        return names.Count == 0
            || names.Contains(OutputFolder.MarkerName, StringComparer.Ordinal)
            || (EarlierBuildSigns.All(names.Contains) && !names.Any(n => n.StartsWith('.')));
    }

    private static string FirstEntry(string folder) =>
        new DirectoryInfo(folder).EnumerateFileSystemInfos().Select(e => e.Name).Order(StringComparer.Ordinal).First();
}
