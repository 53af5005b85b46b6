namespace StatiqSite.Tests.Support;

/// <summary>Paths in the repository the tests run from.</summary>
public static class Repository
{
    /// <summary>The repository root (the folder holding StatiqSite.csproj).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The site's theme.</summary>
    public static string Theme => Path.Combine(Root, "theme");

    /// <summary>The site's content.</summary>
    public static string Input => Path.Combine(Root, "input");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StatiqSite.csproj")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The tests must run inside the repository (StatiqSite.csproj not found above " + AppContext.BaseDirectory + ").");
    }
}
