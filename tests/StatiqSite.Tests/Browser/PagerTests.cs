using static Microsoft.Playwright.Assertions;

namespace StatiqSite.Tests.Browser;

/// <summary>"Vorige" and "Volgende" take a reader through the whole site in reading order.</summary>
public sealed class PagerTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Following_Volgende_from_home_visits_every_page_once_and_Vorige_leads_back()
    {
        var page = await OpenAsync("");
        var previous = page.Locator("a[rel=prev]");
        var next = page.Locator("a[rel=next]");
        await Expect(previous).ToHaveCountAsync(0);
        List<string> visited = [SitePathOf(page)];

        while (await next.CountAsync() > 0)
        {
            var from = SitePathOf(page);
            await Expect(next).ToContainTextAsync("Volgende");
            await next.ClickAsync();
            await page.WaitForURLAsync(url => Fixture.Site.SitePathOf(url) != from);
            var here = SitePathOf(page);
            Assert.False(visited.Contains(here), $"'Volgende' on /{from} leads back to /{here}, visited before: {string.Join(" → ", visited)}");
            visited.Add(here);

            await Expect(previous).ToContainTextAsync("Vorige");
            var back = Fixture.Site.SitePathOf(await previous.EvaluateAsync<string>("a => a.href"));
            Assert.True(back == from, $"On /{here}, reached by 'Volgende' from /{from}, 'Vorige' leads to /{back}");
        }

        Assert.Equal(Fixture.NavigationPages, visited.Order(StringComparer.Ordinal));
    }
}
