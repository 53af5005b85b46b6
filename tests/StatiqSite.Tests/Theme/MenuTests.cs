using Microsoft.Playwright;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Theme;

/// <summary>The navigation menu and its button (menu.js) in a real browser, on a phone and a wide screen.</summary>
public sealed class MenuTests(BuiltSite site, Browser browser) : IClassFixture<BuiltSite>, IClassFixture<Browser>
{
    private const string Page = "basis/competentie/index.html";
    private const int Phone = 390;
    private const int Desktop = 1280;

    [Fact]
    public async Task Without_javascript_the_menu_is_shown_and_the_button_stays_hidden()
    {
        var page = await browser.OpenAsync(site.OutputDirectory, Page, Phone, javaScript: false);

        Assert.True(await Navigation(page).IsVisibleAsync());
        Assert.False(await Button(page).IsVisibleAsync());
    }

    [Fact]
    public async Task On_a_phone_the_button_folds_and_unfolds_the_menu()
    {
        var page = await browser.OpenAsync(site.OutputDirectory, Page, Phone);
        var button = Button(page);

        Assert.Equal("false", await button.GetAttributeAsync("aria-expanded"));
        Assert.False(await Navigation(page).IsVisibleAsync());

        await button.ClickAsync();

        Assert.Equal("true", await button.GetAttributeAsync("aria-expanded"));
        Assert.True(await Navigation(page).IsVisibleAsync());
    }

    [Fact]
    public async Task Escape_closes_the_menu_and_returns_focus_to_the_button()
    {
        var page = await browser.OpenAsync(site.OutputDirectory, Page, Phone);
        await Button(page).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.getElementById('navigatie').contains(document.activeElement)"));

        await page.Keyboard.PressAsync("Escape");

        Assert.Equal("false", await Button(page).GetAttributeAsync("aria-expanded"));
        Assert.False(await Navigation(page).IsVisibleAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement === document.querySelector('.menu-toggle')"));
    }

    [Fact]
    public async Task On_a_wide_screen_the_menu_is_always_shown_without_a_button()
    {
        var page = await browser.OpenAsync(site.OutputDirectory, Page, Desktop);

        Assert.True(await Navigation(page).IsVisibleAsync());
        Assert.False(await Button(page).IsVisibleAsync());
    }

    private static ILocator Navigation(IPage page) => page.Locator("nav#navigatie");

    private static ILocator Button(IPage page) => page.Locator("button.menu-toggle");
}
