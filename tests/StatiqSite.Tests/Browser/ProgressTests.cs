using Microsoft.Playwright;
using StatiqSite.Tests.Support;
using static Microsoft.Playwright.Assertions;
using static StatiqSite.Tests.Browser.QuizScenario;

namespace StatiqSite.Tests.Browser;

/// <summary>
/// Quiz progress lives in the reader's browser (localStorage, per question): it survives a reload, shows on
/// /voortgang/ with a link back, can be wiped there, and a browser that keeps nothing still gets a working quiz.
/// What an edit of the site does to it is in <see cref="QuestionProgressTests"/>.
/// </summary>
public sealed class ProgressTests(BrowserFixture fixture) : ScenarioTest(fixture)
{
    internal const string Progress = "voortgang/";

    // localStorage that throws on every access, as with blocked cookies.
    internal const string BlockStorage = """
        Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
        """;

    [Fact]
    public async Task Answers_checks_and_the_score_survive_a_reload()
    {
        using var site = NewSite();
        var (page, problems) = await OpenWatchedAsync("", await ServeAsync(site));
        await AnswerColourRightAsync(page);
        await Question(page, Even).GetByRole(AriaRole.Checkbox, new() { Name = "Vier" }).CheckAsync();
        await Question(page, Place).GetByRole(AriaRole.Textbox).FillAsync("Het bos.");

        await page.ReloadAsync();

        var colour = Question(page, Colour);
        await Expect(colour.GetByRole(AriaRole.Radio, new() { Name = "Blauw" })).ToBeCheckedAsync();
        await Expect(Option(colour, "Blauw").Locator(".quiz-verdict")).ToHaveTextAsync("✓ Juist");
        await Expect(Score(page)).ToHaveTextAsync("1 van 3 goed");
        await Expect(Question(page, Even).GetByRole(AriaRole.Checkbox, new() { Name = "Vier" })).ToBeCheckedAsync();
        await Expect(Question(page, Even).Locator(".quiz-option .quiz-verdict")).ToHaveCountAsync(0); // chosen, never checked
        await Expect(Question(page, Place).GetByRole(AriaRole.Textbox)).ToHaveValueAsync("Het bos.");
        await AssertNoProblemsAsync(problems);
    }

    [Fact]
    public async Task Voortgang_shows_each_quizs_score_and_links_to_it()
    {
        using var site = SiteWithTwoQuizzes();
        var served = await ServeAsync(site);
        var (page, problems) = await OpenWatchedAsync("", served);
        await AnswerColourRightAsync(page);

        await GoToAsync(page, Progress, served);

        var done = page.Locator($"li[data-quiz-id='{Id}']");
        await Expect(done).ToContainTextAsync("1 van 3 goed");
        await Expect(page.Locator("li[data-quiz-id='tweede']")).ToContainTextAsync("Nog niet gemaakt");
        await done.GetByRole(AriaRole.Link, new() { Name = "Start · Proefquiz" }).ClickAsync();
        await page.WaitForURLAsync(url => served.SitePathOf(url) == "" && url.EndsWith($"#quiz-{Id}", StringComparison.Ordinal));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Proefquiz" })).ToBeInViewportAsync();
        await AssertNoProblemsAsync(problems);
    }

    [Fact]
    public async Task Wis_al_mijn_voortgang_asks_first_and_then_clears_every_quiz()
    {
        using var site = SiteWithTwoQuizzes();
        var served = await ServeAsync(site);
        var (page, problems) = await OpenWatchedAsync("", served);
        await AnswerColourRightAsync(page);
        await GoToAsync(page, Progress, served);
        string? asked = null;
        page.Dialog += async (_, dialog) =>
        {
            asked = dialog.Message;
            await dialog.AcceptAsync();
        };

        await page.GetByRole(AriaRole.Button, new() { Name = "Wis al mijn voortgang" }).ClickAsync();

        await Expect(ProgressStatus(page)).ToHaveTextAsync("Je voortgang is gewist.");
        Assert.Equal("Weet je zeker dat je je voortgang van alle quizzen wilt wissen?", asked);
        await Expect(page.Locator($"li[data-quiz-id='{Id}']")).ToContainTextAsync("Nog niet gemaakt");
        await GoToAsync(page, "", served);
        await Expect(Question(page, Colour).GetByRole(AriaRole.Radio, new() { Name = "Blauw" })).Not.ToBeCheckedAsync();
        await Expect(Score(page)).ToBeHiddenAsync();
        await AssertNoProblemsAsync(problems);
    }

    [Fact]
    public async Task Cancelling_the_question_keeps_the_progress()
    {
        using var site = NewSite();
        var served = await ServeAsync(site);
        var (page, problems) = await OpenWatchedAsync("", served);
        await AnswerColourRightAsync(page);
        await GoToAsync(page, Progress, served);
        page.Dialog += async (_, dialog) => await dialog.DismissAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Wis al mijn voortgang" }).ClickAsync();

        await Expect(page.Locator($"li[data-quiz-id='{Id}']")).ToContainTextAsync("1 van 3 goed");
        await Expect(ProgressStatus(page)).ToBeEmptyAsync();
        await AssertNoProblemsAsync(problems);
    }

    [Fact]
    public async Task With_storage_blocked_the_quiz_still_works_without_errors_and_Voortgang_says_why_nothing_is_kept()
    {
        using var site = NewSite();
        var served = await ServeAsync(site);
        var page = await NewPageAsync();
        await page.Context.AddInitScriptAsync(BlockStorage);
        var problems = await PageProblems.WatchAsync(page);
        await GoToAsync(page, "", served);

        await AnswerColourRightAsync(page);
        await Expect(Status(page)).ToHaveTextAsync("Vraag 1: juist. 1 van 3 goed.");
        await Quiz(page).GetByRole(AriaRole.Button, new() { Name = "Opnieuw" }).ClickAsync();
        await Expect(Score(page)).ToBeHiddenAsync();
        await page.ReloadAsync();
        await Expect(Question(page, Colour).GetByRole(AriaRole.Button, new() { Name = "Controleer" })).ToBeVisibleAsync();

        await GoToAsync(page, Progress, served);
        await Expect(ProgressStatus(page)).ToHaveTextAsync("Je browser bewaart geen gegevens, dus je voortgang blijft niet bewaard.");
        await Expect(page.Locator($"li[data-quiz-id='{Id}']")).ToContainTextAsync("Nog niet gemaakt");
        await AssertNoProblemsAsync(problems);
    }

    [Fact]
    public async Task Without_JavaScript_Voortgang_says_it_needs_JavaScript_and_offers_no_reset()
    {
        using var site = NewSite();
        var page = await NewPageAsync(new() { JavaScriptEnabled = false });
        await GoToAsync(page, Progress, await ServeAsync(site));

        await Expect(page.GetByText("Je voortgang wordt in je browser bewaard en is alleen met JavaScript te zien.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Start · Proefquiz" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Wis al mijn voortgang" })).ToBeHiddenAsync();
    }

    /// <summary>Answers the first question right and checks it.</summary>
    internal static async Task AnswerColourRightAsync(IPage page)
    {
        var question = Question(page, Colour);
        await question.GetByRole(AriaRole.Radio, new() { Name = "Blauw" }).CheckAsync();
        await Check(question).ClickAsync();
        await Expect(Score(page)).ToHaveTextAsync("1 van 3 goed");
    }

    // The progress page's own live region (the header may have others, such as the search box's).
    internal static ILocator ProgressStatus(IPage page) => page.Locator("[data-quiz-progress]").GetByRole(AriaRole.Status);

    internal static TestSite SiteWithTwoQuizzes() =>
        NewSite().Page("tweede.md", "Tweede", "```quiz\nid: tweede\nquestion: Een tweede quiz bestaat.\nanswer: true\n```\n");

}
