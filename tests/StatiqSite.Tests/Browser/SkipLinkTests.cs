using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace StatiqSite.Tests.Browser;

/// <summary>The "Naar de inhoud" link lets a keyboard user jump past the header and menu.</summary>
public sealed class SkipLinkTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task The_first_Tab_shows_the_skip_link_and_Enter_moves_focus_to_the_content()
    {
        // On a phone the header and menu push the content below the fold, so the jump is visible.
        var page = await OpenAsync("basis/competentie/", new() { ViewportSize = Phone });
        var skipLink = page.GetByRole(AriaRole.Link, new() { Name = "Naar de inhoud" });
        var main = page.Locator("main#inhoud");

        await page.Keyboard.PressAsync("Tab");
        await Expect(skipLink).ToBeFocusedAsync();
        await Expect(skipLink).ToBeInViewportAsync();

        await page.Keyboard.PressAsync("Enter");
        await Expect(main).ToBeFocusedAsync();
        await Expect(main).ToBeInViewportAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#inhoud$"));
    }
}
