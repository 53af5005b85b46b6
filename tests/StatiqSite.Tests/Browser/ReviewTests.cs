using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static StatiqSite.Tests.Browser.QuizScenario;

namespace StatiqSite.Tests.Browser;

/// <summary>
/// "Herhalen" on /voortgang/: every question last answered wrong, linked to its place; answered right on review it
/// moves to a later Leitner box (a day, three days, a week) and comes back when due. Runs on Playwright's clock.
/// </summary>
public sealed class ReviewTests(BrowserFixture fixture) : ScenarioTest(fixture)
{
    private static readonly DateTime Start = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task A_wrong_answer_is_listed_and_comes_back_after_a_day_then_after_three_days()
    {
        using var site = NewSite();
        var served = await ServeAsync(site);
        var page = await NewPageAsync();
        await page.Clock.InstallAsync(new() { TimeDate = Start });
        var problems = await PageProblems.WatchAsync(page);
        await GoToAsync(page, "", served);
        await ProgressTests.AnswerColourRightAsync(page);
        await AnswerWaterAsync(page, "Niet waar");

        await GoToAsync(page, ProgressTests.Progress, served);
        var review = page.Locator(".progress-review-list");
        await Expect(review.GetByRole(AriaRole.Link)).ToHaveTextAsync([Water]);
        await Expect(page.GetByText("Je hebt nu niets te herhalen.")).ToBeHiddenAsync();

        await review.GetByRole(AriaRole.Link, new() { Name = Water }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith($"#{Id}-v3", StringComparison.Ordinal));
        await AnswerWaterAsync(page, "Waar");
        await GoToAsync(page, ProgressTests.Progress, served);
        await Expect(review.GetByRole(AriaRole.Link)).ToHaveCountAsync(0);
        await Expect(page.GetByText("Later te herhalen: 1.")).ToBeVisibleAsync();

        await page.Clock.SetSystemTimeAsync(Start.AddDays(1).AddMinutes(1));
        await page.ReloadAsync();
        await Expect(review.GetByRole(AriaRole.Link)).ToHaveTextAsync([Water]);

        await GoToAsync(page, "", served);
        await AnswerWaterAsync(page, "Waar");
        await page.Clock.SetSystemTimeAsync(Start.AddDays(3));
        await GoToAsync(page, ProgressTests.Progress, served);
        await Expect(review.GetByRole(AriaRole.Link)).ToHaveCountAsync(0);
        await page.Clock.SetSystemTimeAsync(Start.AddDays(4).AddMinutes(2));
        await page.ReloadAsync();
        await Expect(review.GetByRole(AriaRole.Link)).ToHaveTextAsync([Water]);
        await AssertNoProblemsAsync(problems);
    }

    [Fact]
    public async Task What_is_due_longest_comes_first()
    {
        using var site = NewSite();
        var served = await ServeAsync(site);
        var page = await NewPageAsync();
        await page.Clock.InstallAsync(new() { TimeDate = Start });
        await GoToAsync(page, "", served);
        await AnswerWaterAsync(page, "Niet waar");
        await page.Clock.SetSystemTimeAsync(Start.AddHours(1));
        await Question(page, Colour).GetByRole(AriaRole.Radio, new() { Name = "Groen" }).CheckAsync();
        await Check(Question(page, Colour)).ClickAsync();

        await GoToAsync(page, ProgressTests.Progress, served);

        await Expect(page.Locator(".progress-review-list").GetByRole(AriaRole.Link)).ToHaveTextAsync([Water, Colour]);
    }

    private static async Task AnswerWaterAsync(IPage page, string answer)
    {
        var water = Question(page, Water);
        await water.GetByRole(AriaRole.Radio, new() { Name = answer, Exact = true }).CheckAsync();
        await Check(water).ClickAsync();
        await Expect(water.Locator(".quiz-result")).ToBeVisibleAsync();
    }
}
