using Microsoft.Playwright;

namespace StatiqSite.Tests.Browser;

/// <summary>
/// Base class of the widget scenarios (quizzes, glossary tooltips): every page is opened under
/// <see cref="PageProblems"/>, so a scenario that passes also proves it raised no script error or CSP violation.
/// </summary>
public abstract class ScenarioTest(BrowserFixture fixture) : BrowserTest(fixture)
{
    /// <summary>A new page under watch, opened at <paramref name="sitePath"/> of <paramref name="site"/> (the real site when null).</summary>
    protected async Task<(IPage Page, PageProblems Problems)> OpenWatchedAsync(string sitePath, StaticSiteServer? site = null, BrowserNewContextOptions? options = null)
    {
        var page = await NewPageAsync(options);
        var problems = await PageProblems.WatchAsync(page);
        await GoToAsync(page, sitePath, site);
        return (page, problems);
    }

    /// <summary>Fails with every problem the page had, after letting its queued events run.</summary>
    protected static async Task AssertNoProblemsAsync(PageProblems problems)
    {
        await problems.SettleAsync();
        Assert.True(problems.Items.Count == 0, $"Problems on the page:\n{problems}");
    }

    /// <summary>Presses Tab until <paramref name="target"/> has focus, as a keyboard user would; fails when it is not reachable.</summary>
    protected static async Task TabToAsync(IPage page, ILocator target, int maxTabs = 30)
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
