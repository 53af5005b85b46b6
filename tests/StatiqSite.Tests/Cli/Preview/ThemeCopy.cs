using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Cli.Preview;

/// <summary>A copy of the repository's theme in a temporary folder, for tests that change the theme.</summary>
public sealed class ThemeCopy : IDisposable
{
    /// <summary>Copies the theme.</summary>
    public ThemeCopy()
    {
        Root = Directory.CreateTempSubdirectory("statiqsite-theme-").FullName;
        foreach (var file in Directory.EnumerateFiles(Repository.Theme, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Root, Path.GetRelativePath(Repository.Theme, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>The copy's folder.</summary>
    public string Root { get; }

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(Root, recursive: true);
}
