using Microsoft.Playwright;
using StatiqSite.Tests.Support;
using static Microsoft.Playwright.Assertions;
using static StatiqSite.Tests.Browser.QuizScenario;

namespace StatiqSite.Tests.Browser;

/// <summary>
/// Progress is kept per question, by its key and its own version: a contributor's edit to one question between two
/// visits resets that question only, a reflection's text is never lost (marked when written for an earlier version),
/// and progress saved by the first format (one version for the whole quiz) is carried over.
/// </summary>
public sealed class QuestionProgressTests(BrowserFixture fixture) : ScenarioTest(fixture)
{
    private const string Written = "Het bos, omdat het er stil is.";
    private const string Earlier = "Dit antwoord schreef je bij een eerdere versie van deze vraag. Lees de vraag nog eens en pas je antwoord aan als dat nodig is.";

    [Fact]
    public async Task An_edit_to_one_question_resets_that_question_only_and_keeps_the_other_quizs_reflection()
    {
        using var site = ProgressTests.SiteWithTwoQuizzes().Page("later.md", "Later", ReflectionQuiz("Wat neem je mee?"));
        var served = await ServeAsync(site);
        var (page, problems) = await OpenWatchedAsync("", served);
        await AnswerAllAsync(page);
        await GoToAsync(page, "later/", served);
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Jouw antwoord" }).FillAsync("Rust.");

        Rewrite(site, "index.md", Even, "Welke van deze getallen zijn even?");
        Assert.True((await site.BuildAsync()).Succeeded, "the edited site does not build");
        await GoToAsync(page, "", served);

        await Expect(Question(page, Colour).GetByRole(AriaRole.Radio, new() { Name = "Blauw" })).ToBeCheckedAsync();
        await Expect(Question(page, Water).GetByRole(AriaRole.Radio, new() { Name = "Waar", Exact = true })).ToBeCheckedAsync();
        var even = Question(page, "Welke van deze getallen zijn even?");
        await Expect(even.GetByRole(AriaRole.Checkbox, new() { Name = "Vier" })).Not.ToBeCheckedAsync();
        await Expect(even.Locator(".quiz-option .quiz-verdict")).ToHaveCountAsync(0);
        await Expect(Question(page, Place).GetByRole(AriaRole.Textbox)).ToHaveValueAsync(Written);
        await Expect(page.GetByText(Earlier)).ToHaveCountAsync(0);
        await Expect(Score(page)).ToHaveTextAsync("2 van 3 goed");
        await GoToAsync(page, "later/", served);
        await Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Jouw antwoord" })).ToHaveValueAsync("Rust.");
        await AssertNoProblemsAsync(problems);
    }

    [Fact]
    public async Task A_reflection_whose_question_was_edited_is_kept_and_marked_until_the_reader_changes_it()
    {
        using var site = NewSite();
        var served = await ServeAsync(site);
        var (page, problems) = await OpenWatchedAsync("", served);
        await AnswerAllAsync(page);

        Rewrite(site, "index.md", Place, "Beschrijf een plek waar je tot rust komt.");
        Assert.True((await site.BuildAsync()).Succeeded, "the edited site does not build");
        await page.ReloadAsync();

        var place = Question(page, "Beschrijf een plek waar je tot rust komt.");
        await Expect(place.GetByRole(AriaRole.Textbox)).ToHaveValueAsync(Written);
        await Expect(place.GetByText(Earlier)).ToBeVisibleAsync();
        await Expect(place.GetByRole(AriaRole.Textbox)).ToHaveAccessibleDescriptionAsync(Earlier);
        await Expect(Score(page)).ToHaveTextAsync("2 van 3 goed");
        await GoToAsync(page, ProgressTests.Progress, served);
        await Expect(page.Locator(".progress-reflection")).ToContainTextAsync("(geschreven bij een eerdere versie van de vraag)");

        await GoToAsync(page, "", served);
        await place.GetByRole(AriaRole.Textbox).FillAsync(Written + " Nu herschreven.");
        await Expect(place.GetByText(Earlier)).ToHaveCountAsync(0);
        await page.ReloadAsync();
        await Expect(place.GetByRole(AriaRole.Textbox)).ToHaveValueAsync(Written + " Nu herschreven.");
        await Expect(place.GetByText(Earlier)).ToHaveCountAsync(0);
        await AssertNoProblemsAsync(problems);
    }

    [Fact]
    public async Task A_question_with_an_id_keeps_its_answer_when_it_moves()
    {
        using var site = new TestSite().Page("index.md", "Start", TwoQuestions(first: "rood", second: "groen"));
        var served = await ServeAsync(site);
        var (page, problems) = await OpenWatchedAsync("", served);
        await Quiz(page).GetByRole(AriaRole.Group, new() { Name = "Is gras groen?" }).GetByRole(AriaRole.Radio, new() { Name = "Waar", Exact = true }).CheckAsync();

        site.Page("index.md", "Start", TwoQuestions(first: "groen", second: "rood"));
        Assert.True((await site.BuildAsync()).Succeeded, "the edited site does not build");
        await page.ReloadAsync();

        await Expect(Quiz(page).GetByRole(AriaRole.Group, new() { Name = "Is gras groen?" }).GetByRole(AriaRole.Radio, new() { Name = "Waar", Exact = true })).ToBeCheckedAsync();
        await Expect(Quiz(page).GetByRole(AriaRole.Group, new() { Name = "Is gras rood?" }).GetByRole(AriaRole.Radio, new() { Name = "Waar", Exact = true })).Not.ToBeCheckedAsync();
        await AssertNoProblemsAsync(problems);
    }

    [Fact]
    public async Task Progress_of_the_first_format_is_taken_over_when_the_quiz_is_unchanged()
    {
        using var site = NewSite();
        var served = await ServeAsync(site);
        var (page, problems) = await OpenWatchedAsync("", served);
        var version = await Quiz(page).GetAttributeAsync("data-quiz-version");

        await SaveFirstFormatAsync(page, version!);
        await page.ReloadAsync();

        await Expect(Question(page, Colour).GetByRole(AriaRole.Radio, new() { Name = "Blauw" })).ToBeCheckedAsync();
        await Expect(Option(Question(page, Colour), "Blauw").Locator(".quiz-verdict")).ToHaveTextAsync("✓ Juist");
        await Expect(Question(page, Even).GetByRole(AriaRole.Checkbox, new() { Name = "Zeven" })).ToBeCheckedAsync();
        await Expect(Question(page, Place).GetByRole(AriaRole.Textbox)).ToHaveValueAsync(Written);
        await Expect(page.GetByText(Earlier)).ToHaveCountAsync(0);
        await AssertNoProblemsAsync(problems);
    }

    [Fact]
    public async Task Of_an_edited_quiz_in_the_first_format_only_the_reflections_text_is_carried_over_marked()
    {
        using var site = NewSite();
        var served = await ServeAsync(site);
        var (page, problems) = await OpenWatchedAsync("", served);

        await SaveFirstFormatAsync(page, "0000000000");
        await page.ReloadAsync();

        await Expect(Question(page, Colour).GetByRole(AriaRole.Radio, new() { Name = "Blauw" })).Not.ToBeCheckedAsync();
        await Expect(Question(page, Place).GetByRole(AriaRole.Textbox)).ToHaveValueAsync(Written);
        await Expect(Question(page, Place).GetByText(Earlier)).ToBeVisibleAsync();
        await AssertNoProblemsAsync(problems);
    }

    [Fact]
    public async Task A_reader_with_nothing_saved_sees_every_quiz_not_started_and_nothing_to_review()
    {
        using var site = NewSite();
        var (page, problems) = await OpenWatchedAsync(ProgressTests.Progress, await ServeAsync(site));

        await Expect(page.Locator($"li[data-quiz-id='{Id}']")).ToContainTextAsync("Nog niet gemaakt");
        await Expect(page.GetByText("Je hebt nu niets te herhalen.")).ToBeVisibleAsync();
        await Expect(page.GetByText("Je hebt nog geen reflecties geschreven.")).ToBeVisibleAsync();
        await Expect(ProgressTests.ProgressStatus(page)).ToBeEmptyAsync();
        await AssertNoProblemsAsync(problems);
    }

    // The first format of progress, as the site before per-question progress kept it: by position, one version.
    private static Task SaveFirstFormatAsync(IPage page, string version) =>
        page.EvaluateAsync("""
            ([id, v, text]) => localStorage.setItem('quiz:' + id, JSON.stringify(
              { v, score: 1, total: 3, answers: { 1: ['2'], 2: ['2'], 3: [], 4: text }, checked: [1] }))
            """, new object[] { Id, version, Written });

    // Colour right, Even wrong (Zeven), Water right, the reflection written: 2 of 3.
    private static async Task AnswerAllAsync(IPage page)
    {
        await Question(page, Colour).GetByRole(AriaRole.Radio, new() { Name = "Blauw" }).CheckAsync();
        await Check(Question(page, Colour)).ClickAsync();
        await Question(page, Even).GetByRole(AriaRole.Checkbox, new() { Name = "Zeven" }).CheckAsync();
        await Check(Question(page, Even)).ClickAsync();
        await Question(page, Water).GetByRole(AriaRole.Radio, new() { Name = "Waar", Exact = true }).CheckAsync();
        await Check(Question(page, Water)).ClickAsync();
        await Question(page, Place).GetByRole(AriaRole.Textbox).FillAsync(Written);
        await Expect(Score(page)).ToHaveTextAsync("2 van 3 goed");
    }

    private static void Rewrite(TestSite site, string path, string from, string to)
    {
        var file = Path.Combine(site.InputDirectory, path);
        File.WriteAllText(file, File.ReadAllText(file).Replace(from, to, StringComparison.Ordinal));
    }

    private static string ReflectionQuiz(string question) =>
        $"```quiz\nid: later\nquestion: {question}\nmodel_answer: Bijvoorbeeld rust.\n```\n";

    // Two true/false questions with ids; "first" and "second" name the colour each asks about.
    private static string TwoQuestions(string first, string second) => $"""
        ```quiz
        id: {Id}
        questions:
          - question: Is gras {first}?
            id: gras-{first}
            answer: {(first == "groen" ? "true" : "false")}
          - question: Is gras {second}?
            id: gras-{second}
            answer: {(second == "groen" ? "true" : "false")}
        ```

        """;
}
