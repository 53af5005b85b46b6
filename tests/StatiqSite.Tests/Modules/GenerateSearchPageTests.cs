using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Modules;

public class GenerateSearchPageTests
{
    [Fact]
    public async Task The_search_page_lists_every_page_in_navigation_order()
    {
        using var site = new TestSite()
            .Page("index.md", "Home")
            .Page("valkuilen/b.md", "Tweede", "", "order: 2\n")
            .Page("valkuilen/a.md", "Eerste", "", "order: 1\n");

        var report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        var page = site.Html("zoeken/index.html");
        Assert.Equal("Zoeken", page.QuerySelector("h1")?.TextContent);
        Assert.Equal(["Home", "Valkuilen", "Eerste", "Tweede"], page.QuerySelectorAll(".prose li a").Select(a => a.TextContent));
        Assert.Equal("../valkuilen/a/index.html", page.QuerySelectorAll(".prose li a")[2].GetAttribute("href"));
    }

    [Fact]
    public async Task Glossary_terms_found_in_pages_are_listed_with_their_definition()
    {
        using var site = new TestSite()
            .Page("index.md", "Home", "<dl><dt id=\"empathie\">Empathie</dt><dd>Meevoelen.</dd></dl>\n");

        await site.BuildAsync();

        var page = site.Html("zoeken/index.html");
        Assert.Equal("../index.html#empathie", page.QuerySelector(".prose dt a")?.GetAttribute("href"));
        Assert.Equal("Meevoelen.", page.QuerySelector(".prose dd")?.TextContent);
    }

    [Fact]
    public async Task The_search_page_is_not_in_the_navigation_or_the_sitemap()
    {
        using var site = new TestSite().Page("index.md", "Home");

        await site.BuildAsync();

        Assert.DoesNotContain("zoeken", site.Read("sitemap.xml"), StringComparison.Ordinal);
        Assert.DoesNotContain(site.Html("index.html").QuerySelectorAll("nav a"), a => a.GetAttribute("href")!.Contains("zoeken", StringComparison.Ordinal));
    }
}
