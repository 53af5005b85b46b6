using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace StatiqSite.Tests.Browser;

/// <summary>With JavaScript off every page still shows its title, text and menu.</summary>
public sealed class WithoutJavaScriptTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Every_page_shows_its_heading_text_and_menu()
    {
        await ShowsEverythingAsync(await NewPageAsync(new() { JavaScriptEnabled = false }));
    }

    [Fact]
    public async Task On_a_phone_every_page_shows_its_heading_text_and_menu()
    {
        await ShowsEverythingAsync(await NewPageAsync(new() { JavaScriptEnabled = false, ViewportSize = Phone }));
    }

    // Pages without JavaScript are static once loaded, so visibility is read at once, not waited for.
    private async Task ShowsEverythingAsync(IPage page)
    {
        List<string> hidden = [];
        foreach (var sitePath in Fixture.Pages)
        {
            await GoToAsync(page, sitePath);
            var blocks = page.Locator("main .prose > :not(script)");
            Assert.True(await blocks.CountAsync() > 0, $"/{sitePath} has no content");
            await Expect(page.Locator("main h1")).Not.ToBeEmptyAsync();
            foreach (var element in (await page.Locator("main h1").AllAsync()).Concat(await blocks.AllAsync()).Concat(await page.Locator("#navigatie a").AllAsync()))
            {
                if (!await element.IsVisibleAsync())
                {
                    hidden.Add($"/{sitePath}: {await element.EvaluateAsync<string>("e => e.outerHTML.slice(0, 120)")}");
                }
            }
        }

        Assert.True(hidden.Count == 0, $"Hidden without JavaScript:\n{string.Join('\n', hidden)}");
    }
}
