using System.Reflection;

namespace StatiqSite.Cli;

/// <summary>
/// The theme a build uses without <c>--theme</c>: the project's own, wherever the program is started from. While
/// working in the repository that is its <c>theme/</c> folder (so the preview reloads on a theme edit); a copy of it
/// is built and published next to the program (StatiqSite.csproj), used when the repository is not there.
/// </summary>
public static class DefaultTheme
{
    /// <summary>The name of the assembly metadata that holds the project's theme folder (set in StatiqSite.csproj).</summary>
    public const string MetadataKey = "ProjectTheme";

    /// <summary>The default theme folder, as an absolute path.</summary>
    public static string Folder { get; } = Find();

    private static string Find()
    {
        var project = typeof(DefaultTheme).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == MetadataKey)?.Value;
        return project is not null && Directory.Exists(project) ? project : Path.Combine(AppContext.BaseDirectory, "theme");
    }
}
