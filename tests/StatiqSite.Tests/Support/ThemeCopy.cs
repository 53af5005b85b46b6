namespace StatiqSite.Tests.Support;

/// <summary>A copy of the default theme inside a test site, to change one file of it.</summary>
internal static class ThemeCopy
{
    /// <summary>Copies the default theme to <c>theme/</c> in <paramref name="site"/>'s folder and returns that folder.</summary>
    public static string Of(TestSite site)
    {
        var theme = Path.Combine(site.Root, "theme");
        foreach (var file in Directory.EnumerateFiles(Repository.Theme, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(theme, Path.GetRelativePath(Repository.Theme, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return theme;
    }
}
