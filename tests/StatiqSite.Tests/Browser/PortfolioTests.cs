using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static StatiqSite.Tests.Browser.QuizScenario;

namespace StatiqSite.Tests.Browser;

/// <summary>
/// /voortgang/ printed is the reader's portfolio: the date, each quiz's score, every reflection with its question;
/// no navigation, search or buttons. "Print je portfolio" opens the print dialog; without JavaScript it is not shown.
/// </summary>
public sealed class PortfolioTests(BrowserFixture fixture) : ScenarioTest(fixture)
{
    // Counts calls of window.print instead of opening the dialog, which would block the page.
    private const string CountPrints = "window.print = () => { window.printed = (window.printed || 0) + 1; };";

    [Fact]
    public async Task Printed_the_page_shows_the_date_scores_and_reflections_and_hides_navigation_search_and_buttons()
    {
        using var site = NewSite();
        var served = await ServeAsync(site);
        var (page, problems) = await OpenWatchedAsync("", served);
        await ProgressTests.AnswerColourRightAsync(page);
        await Question(page, Place).GetByRole(AriaRole.Textbox).FillAsync("Het bos.\nDaar is het stil.");
        await GoToAsync(page, ProgressTests.Progress, served);

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Expect(page.GetByText("Portfolio, afgedrukt op")).ToBeVisibleAsync();
        await Expect(page.Locator($"li[data-quiz-id='{Id}']")).ToContainTextAsync("1 van 3 goed");
        var reflection = page.Locator(".progress-reflection");
        await Expect(reflection.GetByRole(AriaRole.Heading, new() { Name = Place })).ToBeVisibleAsync();
        await Expect(reflection).ToContainTextAsync("Het bos.\nDaar is het stil.");
        foreach (var printed in new[] { page.Locator(".site-nav"), page.GetByRole(AriaRole.Search), page.Locator("button"), page.GetByRole(AriaRole.Heading, new() { Name = "Herhalen" }), page.GetByText("Laad voortgang") })
        {
            await Expect(printed.Filter(new() { Visible = true })).ToHaveCountAsync(0);
        }

        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await Expect(page.GetByText("Portfolio, afgedrukt op")).ToBeHiddenAsync();
        await AssertNoProblemsAsync(problems);
    }

    [Fact]
    public async Task Print_je_portfolio_opens_the_print_dialog()
    {
        using var site = NewSite();
        var page = await NewPageAsync();
        await page.Context.AddInitScriptAsync(CountPrints);
        await GoToAsync(page, ProgressTests.Progress, await ServeAsync(site));

        await page.GetByRole(AriaRole.Button, new() { Name = "Print je portfolio" }).ClickAsync();

        Assert.Equal(1, await page.EvaluateAsync<int>("() => window.printed || 0"));
    }

    [Fact]
    public async Task Without_JavaScript_there_is_no_print_save_or_load_button()
    {
        using var site = NewSite();
        var page = await NewPageAsync(new() { JavaScriptEnabled = false });
        await GoToAsync(page, ProgressTests.Progress, await ServeAsync(site));

        await Expect(page.Locator(".quiz-progress button").Filter(new() { Visible = true })).ToHaveCountAsync(0);
        await Expect(page.GetByText("Laad voortgang")).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Herhalen" })).ToBeHiddenAsync();
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task With_review_and_reflections_filled_in_the_page_has_no_serious_axe_violations(ColorScheme scheme)
    {
        using var site = NewSite();
        var served = await ServeAsync(site);
        var (page, problems) = await OpenWatchedAsync("", served, new() { ColorScheme = scheme });
        await Question(page, Colour).GetByRole(AriaRole.Radio, new() { Name = "Groen" }).CheckAsync();
        await Check(Question(page, Colour)).ClickAsync();
        await Question(page, Place).GetByRole(AriaRole.Textbox).FillAsync("Het bos.");
        await GoToAsync(page, ProgressTests.Progress, served);
        await Expect(page.Locator(".progress-review-list li")).ToHaveCountAsync(1);

        var violations = (await page.RunAxe()).Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}").ToList();

        Assert.True(violations.Count == 0, string.Join('\n', violations));
        await AssertNoProblemsAsync(problems);
    }
}
