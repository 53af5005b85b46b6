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

    private async Task ShowsEverythingAsync(IPage page)
    {
        foreach (var sitePath in Fixture.Pages)
        {
            await GoToAsync(page, sitePath);
            await Expect(page.Locator("main h1")).ToBeVisibleAsync();
            await Expect(page.Locator("main h1")).Not.ToBeEmptyAsync();
            var blocks = page.Locator("main .prose > *");
            Assert.True(await blocks.CountAsync() > 0, $"/{sitePath} has no content");
            foreach (var block in await blocks.AllAsync())
            {
                await Expect(block).ToBeVisibleAsync();
            }

            foreach (var link in await page.Locator("#navigatie a").AllAsync())
            {
                await Expect(link).ToBeVisibleAsync();
            }
        }
    }
}
