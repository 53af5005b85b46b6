using StatiqSite.Cli;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Cli;

public class DefaultThemeTests
{
    private static readonly Dictionary<string, string?> NoCi = new() { ["GITHUB_ACTIONS"] = null };

    [Fact]
    public async Task The_generator_builds_from_another_folder_with_paths_relative_to_it()
    {
        using var site = new TestSite().Page("index.md", "Home", "Welkom.\n");

        var run = await ProgramRun.RunAsync(site.Root, NoCi, "build", "--input", "input", "--output", "uit");

        Assert.True(run.ExitCode == CommandLine.Success, run.Error);
        Assert.Equal("Home", site.Html("../uit/index.html").QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task Input_and_output_default_to_folders_in_the_current_folder()
    {
        using var site = new TestSite().Page("index.md", "Home", "Welkom.\n");

        var run = await ProgramRun.RunAsync(site.Root, NoCi, "build");

        Assert.True(run.ExitCode == CommandLine.Success, run.Error);
        Assert.True(site.Exists("index.html"));
    }

    [Fact]
    public void The_theme_is_copied_beside_the_program()
    {
        var copy = Path.Combine(Path.GetDirectoryName(ProgramRun.Dll)!, "theme");

        var names = Directory.EnumerateFiles(copy, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(copy, f));

        var source = Directory.EnumerateFiles(Repository.Theme, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Repository.Theme, f));
        Assert.Equal(source.Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_default_theme_is_the_projects_own()
    {
        Assert.Equal(Path.GetFullPath(Repository.Theme), Path.GetFullPath(DefaultTheme.Folder));
        Assert.Equal(DefaultTheme.Folder, new Options().Theme);
    }
}
