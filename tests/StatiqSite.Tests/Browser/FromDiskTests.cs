using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace StatiqSite.Tests.Browser;

/// <summary>
/// The built site opened from disk (<c>file://</c>, as from a USB stick): every script feature works there in
/// Chromium, without errors. Firefox is not installed here; what keeps it working there too (classic scripts, no
/// <c>fetch</c>) is checked on the HTML in Site/SiteTests and Theme/ScriptLoadingTests.
/// </summary>
public sealed class FromDiskTests(BrowserFixture fixture) : ScenarioTest(fixture)
{
    // A section page of the real site with a quiz and glossary terms.
    private const string QuizPage = "basis/index.html";

    private async Task<(IPage Page, PageProblems Problems)> OpenFromDiskAsync(string file, BrowserNewContextOptions? options = null)
    {
        var page = await NewPageAsync(options);
        var problems = await PageProblems.WatchAsync(page);
        await page.GotoAsync(FileUrl(file));
        return (page, problems);
    }

    private string FileUrl(string file) => new Uri(Path.Combine(Fixture.Site.Root, file)).AbsoluteUri;

    [Fact]
    public async Task A_quiz_is_checked_and_its_progress_shows_on_the_progress_page()
    {
        var (page, problems) = await OpenFromDiskAsync(QuizPage);
        var quiz = page.Locator(".quiz").First;
        var question = quiz.Locator(".quiz-question").First;

        await question.Locator("input").First.CheckAsync();
        await question.GetByRole(AriaRole.Button, new() { Name = "Controleer" }).ClickAsync();

        await Expect(quiz.Locator(".quiz-status")).ToHaveTextAsync(new Regex(@"^Vraag 1: (niet )?juist\. \d+ van \d+ goed\.$"));
        // Chromium gives every file:// page one origin for localStorage: the progress page sees the score.
        await page.GotoAsync(FileUrl("voortgang/index.html"));
        await Expect(page.Locator(".quiz-progress-nojs")).ToBeHiddenAsync();
        await Expect(page.Locator(".quiz-progress-score").Filter(new() { HasTextRegex = new Regex(@"^\d+ van \d+ goed$") })).ToHaveCountAsync(1);
        await AssertNoProblemsAsync(problems);
    }

    [Fact]
    public async Task The_menu_opens_and_closes_on_a_phone()
    {
        var (page, problems) = await OpenFromDiskAsync(QuizPage, new() { ViewportSize = Phone });
        var toggle = page.Locator("button[aria-controls='navigatie']");
        var menuLink = page.Locator("#navigatie a").First;
        await Expect(menuLink).ToBeHiddenAsync();

        await toggle.ClickAsync();

        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(menuLink).ToBeVisibleAsync();
        await toggle.ClickAsync();
        await Expect(menuLink).ToBeHiddenAsync();
        await AssertNoProblemsAsync(problems);
    }

    [Fact]
    public async Task Live_search_shows_results_and_the_search_page_searches_what_was_sent()
    {
        var (page, problems) = await OpenFromDiskAsync(QuizPage);
        var box = page.Locator("#zoekveld");

        await box.FillAsync("empathie");

        var first = page.Locator("#zoekresultaten a").First;
        await Expect(first).ToBeVisibleAsync();
        Assert.StartsWith("file:///", await first.EvaluateAsync<string>("a => a.href"), StringComparison.Ordinal);
        await box.PressAsync("Escape");
        await page.Locator(".site-search-button").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/zoeken/index\.html\?q=empathie$"));
        await Expect(page.Locator("#zoekresultaten a").First).ToBeVisibleAsync();
        await AssertNoProblemsAsync(problems);
    }

    [Fact]
    public async Task A_glossary_term_shows_its_definition()
    {
        var (page, problems) = await OpenFromDiskAsync(QuizPage);
        var term = page.Locator("a.glossary-term").First;

        await term.HoverAsync();

        await Expect(page.GetByRole(AriaRole.Tooltip)).ToHaveTextAsync((await term.GetAttributeAsync("data-definition"))!);
        await AssertNoProblemsAsync(problems);
    }
}
