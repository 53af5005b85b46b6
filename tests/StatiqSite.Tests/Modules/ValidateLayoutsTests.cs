using StatiqSite.Build;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Modules;

public class ValidateLayoutsTests
{
    [Fact]
    public async Task A_missing_layout_is_reported_with_the_other_problems_and_the_old_output_stays()
    {
        using var site = new TestSite().Page("index.md", "Home", "Tekst.\n");
        await site.BuildAsync();
        var before = File.ReadAllBytes(Path.Combine(site.OutputDirectory, "index.html"));
        site.Page("index.md", "Home", "Zie [kapot](weg.md).\n");
        var theme = ThemeCopy.Of(site);
        File.Delete(Path.Combine(theme, "layouts", "404.liquid"));

        var report = await new SiteBuild().RunAsync(site.Settings() with { ThemeDirectory = theme });

        var errors = report.Diagnostics.Where(d => d.Severity == StatiqSite.Pipeline.Severity.Error).Select(d => d.ToString()).ToList();
        Assert.Contains(errors, e => e.Contains("broken link 'weg.md'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.EndsWith("404.html:1:1: the theme has no layout '404' (it has: export, page)", StringComparison.Ordinal));
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(site.OutputDirectory, "index.html")));
        Assert.True(File.Exists(Path.Combine(site.OutputDirectory, "404.html")), "the old 404 page is gone");
    }

    [Fact]
    public async Task A_theme_that_does_not_parse_is_reported_once()
    {
        using var site = new TestSite().Page("index.md", "Home");
        var theme = ThemeCopy.Of(site);
        File.AppendAllText(Path.Combine(theme, "layouts", "page.liquid"), "{% if %}");

        var report = await new SiteBuild().RunAsync(site.Settings(dryRun: true) with { ThemeDirectory = theme });

        var error = Assert.Single(report.Diagnostics, d => d.Severity == StatiqSite.Pipeline.Severity.Error);
        Assert.Contains("page.liquid:1:1: theme error:", error.ToString(), StringComparison.Ordinal);
    }
}
