using AngleSharp.Html.Parser;
using StatiqSite.Build;
using StatiqSite.Pipeline;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Scenarios;

public sealed class ReadScenarioBlocksTests
{
    private const string Page = """
        ```scenario
        id: proef
        steps:
          - id: begin
            text: Wat doe je?
            choices:
              - text: Dit.
                outcome: Goed.
              - text: Dat.
                outcome: Ook goed.
        ```
        """;

    [Fact]
    public async Task Every_scenario_of_the_real_site_builds_and_renders()
    {
        var output = Directory.CreateTempSubdirectory("statiqsite-scenarios-").FullName;
        try
        {
            var settings = new BuildSettings { InputDirectory = Repository.Input, ThemeDirectory = Repository.Theme, OutputDirectory = output, BasePath = "/" };

            var report = await new SiteBuild().RunAsync(settings);

            Assert.DoesNotContain(report.Diagnostics, d => d.Severity == Severity.Error);
            var written = Directory.EnumerateFiles(Repository.Input, "*.md", SearchOption.AllDirectories)
                .Sum(f => File.ReadLines(f).Count(l => l.Trim() == "```scenario"));
            var parser = new HtmlParser();
            var rendered = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
                .Sum(f => parser.ParseDocument(File.ReadAllText(f)).QuerySelectorAll("[data-scenario]").Length);
            Assert.True(written > 0);
            Assert.Equal(written, rendered);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Theory]
    [InlineData("partials/scenario.liquid", "partials:1:1: theme error: the theme has no partials/scenario.liquid, which writes scenarios")]
    [InlineData("strings/scenario.nl.json", "strings:1:1: theme error: the theme has no scenario strings file")]
    public async Task A_theme_without_the_scenario_partial_or_strings_is_an_error_not_a_crash(string removed, string expected)
    {
        using var site = new TestSite();
        site.Page("index.md", "Home", Page);
        var theme = Path.Combine(site.Root, "theme");
        CopyFolder(Repository.Theme, theme);
        File.Delete(Path.Combine(theme, removed));

        var report = await new SiteBuild().RunAsync(site.Settings(dryRun: true) with { ThemeDirectory = theme });

        var error = Assert.Single(Errors.Of(report, site));
        Assert.StartsWith(Path.Combine(theme, expected), error, StringComparison.Ordinal);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
