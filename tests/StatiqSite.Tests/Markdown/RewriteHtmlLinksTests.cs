using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Markdown;

public class RewriteHtmlLinksTests
{
    private static TestSite Site() => new TestSite()
        .Page("index.md", "Home",
            "<p class=\"intro\">Zie <a href=\"basis/regels.md#advies-aan-clienten\" class=\"x\">de regels</a> en <a href=\"https://example.org\">elders</a>.</p>\n\n" +
            "Inline <a href=\"basis/index.md\">de basis</a> en <img src=\"img/logo.png\" alt=\"Logo\">.\n")
        .Page("basis/index.md", "Basis", "<a href=\"../index.md\">terug</a> <a href=\"regels.md#advies-aan-cliënten\">regels</a>\n")
        .Page("basis/regels.md", "Regels", "## Advies aan cliënten\n\nTekst.\n")
        .WriteBytes("img/logo.png", [0x89, 0x50, 0x4E, 0x47]);

    [Fact]
    public async Task Links_in_raw_HTML_are_rewritten_like_Markdown_links()
    {
        using var site = Site();

        var report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        var home = site.Html("index.html");
        Assert.Equal(
            ["basis/regels/index.html#advies-aan-cli%C3%ABnten", "https://example.org", "basis/index.html"],
            home.QuerySelectorAll(".prose a").Select(a => a.GetAttribute("href")));
        Assert.Equal("img/logo.png", home.QuerySelector(".prose img")?.GetAttribute("src"));
        Assert.Equal(["../index.html", "regels/index.html#advies-aan-cli%C3%ABnten"],
            site.Html("basis/index.html").QuerySelectorAll(".prose a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task The_rest_of_the_raw_HTML_stays_as_written()
    {
        using var site = Site();

        await site.BuildAsync();

        var html = site.Read("index.html");
        Assert.Contains("<p class=\"intro\">Zie <a href=\"basis/regels/index.html#advies-aan-cli%C3%ABnten\" class=\"x\">de regels</a> en <a href=\"https://example.org\">elders</a>.</p>", html, StringComparison.Ordinal);
    }
}
