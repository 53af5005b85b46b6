using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace StatiqSite.Tests.Browser;

/// <summary>
/// On a phone the menu folds away behind a button (<c>button[aria-controls=navigatie][aria-expanded]</c>, from
/// theme/assets/js/menu.js) that a keyboard user can open and close.
/// </summary>
public sealed class MenuTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Toggle = "button[aria-controls='navigatie']";

    [Fact]
    public async Task On_a_phone_the_menu_opens_and_closes_by_keyboard()
    {
        var page = await OpenAsync("basis/", new() { ViewportSize = Phone });
        var toggle = page.Locator($"header {Toggle}, nav {Toggle}");
        var menuLink = page.Locator("#navigatie a").First;
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(menuLink).ToBeHiddenAsync();

        await TabToAsync(page, toggle);
        await page.Keyboard.PressAsync("Enter");
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(menuLink).ToBeVisibleAsync();

        await page.Keyboard.PressAsync("Space");
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(menuLink).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Escape_closes_the_open_menu_and_returns_focus_to_the_toggle()
    {
        var page = await OpenAsync("basis/", new() { ViewportSize = Phone });
        var toggle = page.Locator(Toggle);
        await TabToAsync(page, toggle);
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.Locator("#navigatie").EvaluateAsync<bool>("nav => nav.contains(document.activeElement)"), "Tab after opening the menu does not go into the menu");

        await page.Keyboard.PressAsync("Escape");

        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(page.Locator("#navigatie a").First).ToBeHiddenAsync();
        await Expect(toggle).ToBeFocusedAsync();
    }

    [Fact]
    public async Task On_a_phone_without_JavaScript_the_menu_is_shown_and_no_toggle()
    {
        var page = await OpenAsync("basis/", new() { ViewportSize = Phone, JavaScriptEnabled = false });
        await Expect(page.Locator(Toggle)).ToBeHiddenAsync();
        await Expect(page.Locator("#navigatie a").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task On_a_wide_screen_the_menu_is_always_shown_without_a_toggle()
    {
        var page = await OpenAsync("basis/", new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        await Expect(page.Locator(Toggle)).ToBeHiddenAsync();
        await Expect(page.Locator("#navigatie a").First).ToBeVisibleAsync();
    }

    // Tabs forward until the element has focus, as a keyboard user would; fails when it is not reachable.
    private static async Task TabToAsync(IPage page, ILocator target, int maxTabs = 20)
    {
        for (var i = 0; i < maxTabs; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                return;
            }
        }

        Assert.Fail($"{maxTabs} presses of Tab did not reach {target}");
    }
}
