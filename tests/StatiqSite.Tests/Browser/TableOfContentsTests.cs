using Microsoft.Playwright;
using StatiqSite.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace StatiqSite.Tests.Browser;

/// <summary>"Op deze pagina" takes the reader to the heading they choose.</summary>
public sealed class TableOfContentsTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_table_of_contents_entry_scrolls_to_its_heading()
    {
        // A page long enough that the last heading starts far below the fold.
        var filler = string.Concat(Enumerable.Repeat("Een alinea die ruimte inneemt zodat de pagina lang wordt.\n\n", 40));
        using var site = new TestSite().Page("index.md", "Start", $"## Eerste deel\n\n{filler}## Tweede deel\n\n{filler}## Laatste deel\n\nHet einde.\n");
        var served = await ServeAsync(site);
        var page = await NewPageAsync();
        await GoToAsync(page, "", served);
        var last = page.GetByRole(AriaRole.Heading, new() { Name = "Laatste deel" });
        await Expect(last).Not.ToBeInViewportAsync();

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Op deze pagina" }).GetByRole(AriaRole.Link, new() { Name = "Laatste deel" }).ClickAsync();

        await Expect(last).ToBeInViewportAsync();
        Assert.EndsWith("#laatste-deel", page.Url, StringComparison.Ordinal);
    }
}
