using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Theme;

/// <summary>The "Op deze pagina" list the page layout builds from a page's h2 and h3 headings.</summary>
public sealed class TableOfContentsTests
{
    [Fact]
    public async Task A_page_with_one_heading_has_no_table_of_contents()
    {
        using var site = new TestSite().Page("index.md", "Start", "Inleiding.\n\n## Enige kop\n\nTekst.\n");

        await site.BuildAsync();

        Assert.Null(site.Html("index.html").QuerySelector("nav.toc"));
    }

    [Fact]
    public async Task A_page_with_two_or_more_headings_lists_its_h2_and_h3_in_order()
    {
        using var site = new TestSite().Page("index.md", "Start", "## Eerste\n\n### Onderdeel\n\n## Tweede\n\n#### Te diep\n");

        await site.BuildAsync();

        var entries = site.Html("index.html").QuerySelectorAll("nav.toc li")
            .Select(li => (li.ClassName, li.QuerySelector("a")!.GetAttribute("href"), li.TextContent.Trim()));
        Assert.Equal(
            [("toc-h2", "#eerste", "Eerste"), ("toc-h3", "#onderdeel", "Onderdeel"), ("toc-h2", "#tweede", "Tweede")],
            entries);
    }
}
