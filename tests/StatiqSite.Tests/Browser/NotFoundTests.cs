using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace StatiqSite.Tests.Browser;

/// <summary>A mistyped address shows the site's own not-found page, styled, with a way back.</summary>
public sealed class NotFoundTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_deep_unknown_address_shows_the_styled_not_found_page_with_a_link_home()
    {
        var page = await NewPageAsync();
        var problems = await PageProblems.WatchAsync(page);

        var response = await page.GotoAsync(Fixture.Site.Url("basis/bestaat-niet/"));

        Assert.Equal(404, response?.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Pagina niet gevonden");
        await problems.SettleAsync();
        // The document's own 404 is the point; anything else (its stylesheet, its script) must have loaded.
        var others = problems.Items.Where(p => !p.Contains("status of 404", StringComparison.Ordinal) || p.Contains("/assets/", StringComparison.Ordinal)).ToList();
        Assert.True(others.Count == 0, "Problems on the not-found page:\n" + string.Join('\n', others));
        Assert.True(await page.EvaluateAsync<bool>("() => [...document.styleSheets].some(s => s.cssRules.length > 0)"), "the not-found page has no styles");

        await page.GetByRole(AriaRole.Link, new() { Name = "Naar de startpagina" }).ClickAsync();
        await page.WaitForURLAsync(url => Fixture.Site.SitePathOf(url) == "");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).Not.ToHaveTextAsync("Pagina niet gevonden");
    }
}
