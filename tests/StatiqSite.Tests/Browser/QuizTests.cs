using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static StatiqSite.Tests.Browser.QuizScenario;

namespace StatiqSite.Tests.Browser;

/// <summary>
/// A reader answers a quiz with the mouse (theme/assets/js/quiz.js on <see cref="QuizScenario"/>'s site): every
/// check shows a verdict in words, the option's feedback, the explanation and the score; "Opnieuw" starts over.
/// Without JavaScript the answers sit in "Toon antwoord".
/// </summary>
public sealed class QuizTests(BrowserFixture fixture) : ScenarioTest(fixture)
{
    [Fact]
    public async Task A_wrong_answer_shows_Niet_juist_with_its_feedback_and_the_right_one_Juist_the_explanation_and_the_score()
    {
        using var site = NewSite();
        var (page, problems) = await OpenWatchedAsync("", await ServeAsync(site));
        var question = Question(page, Colour);
        var explanation = Shown(question, "Blauw licht wordt in de lucht het meest verstrooid.");
        await Expect(explanation).ToBeHiddenAsync();
        await Expect(Score(page)).ToBeHiddenAsync();

        await question.GetByRole(AriaRole.Radio, new() { Name = "Groen" }).CheckAsync();
        await Check(question).ClickAsync();

        var green = Option(question, "Groen");
        await Expect(green.Locator(".quiz-feedback")).ToBeVisibleAsync();
        await Expect(green.Locator(".quiz-feedback")).ToContainTextAsync("✗ Niet juist");
        await Expect(green.Locator(".quiz-feedback")).ToContainTextAsync("Groen is het gras, niet de lucht.");
        await Expect(explanation).ToBeVisibleAsync();
        await Expect(Score(page)).ToHaveTextAsync("0 van 3 goed");
        await Expect(Option(question, "Paars").Locator(".quiz-feedback")).ToBeHiddenAsync();

        await question.GetByRole(AriaRole.Radio, new() { Name = "Blauw" }).CheckAsync();
        await Expect(green.Locator(".quiz-feedback")).ToBeHiddenAsync(); // a changed answer needs checking again
        await Check(question).ClickAsync();

        await Expect(Option(question, "Blauw").Locator(".quiz-verdict")).ToHaveTextAsync("✓ Juist");
        await Expect(green.Locator(".quiz-feedback")).ToBeHiddenAsync();
        await Expect(explanation).ToBeVisibleAsync();
        await Expect(Score(page)).ToHaveTextAsync("1 van 3 goed");
        await AssertNoProblemsAsync(problems);
    }

    [Fact]
    public async Task Opnieuw_clears_the_answers_the_feedback_and_the_score()
    {
        using var site = NewSite();
        var (page, problems) = await OpenWatchedAsync("", await ServeAsync(site));
        var question = Question(page, Colour);
        var green = question.GetByRole(AriaRole.Radio, new() { Name = "Groen" });
        await green.CheckAsync();
        await Check(question).ClickAsync();
        await Expect(Score(page)).ToHaveTextAsync("0 van 3 goed");
        await Expect(Shown(question, "Blauw licht wordt in de lucht het meest verstrooid.")).ToBeVisibleAsync();

        await Quiz(page).GetByRole(AriaRole.Button, new() { Name = "Opnieuw" }).ClickAsync();

        await Expect(green).Not.ToBeCheckedAsync();
        await Expect(Option(question, "Groen").Locator(".quiz-feedback")).ToBeHiddenAsync();
        await Expect(Shown(question, "Blauw licht wordt in de lucht het meest verstrooid.")).ToBeHiddenAsync();
        await Expect(Score(page)).ToBeHiddenAsync();
        await Expect(Status(page)).ToHaveTextAsync("Je antwoorden zijn gewist. Probeer het opnieuw.");
        await Expect(green).ToBeFocusedAsync();
        await AssertNoProblemsAsync(problems);
    }

    [Fact]
    public async Task A_multiple_answer_question_is_right_only_with_every_right_option_and_shows_the_missed_one()
    {
        using var site = NewSite();
        var (page, problems) = await OpenWatchedAsync("", await ServeAsync(site));
        var question = Question(page, Even);
        await question.GetByRole(AriaRole.Checkbox, new() { Name = "Vier" }).CheckAsync();
        await Check(question).ClickAsync();

        await Expect(Option(question, "Vier").Locator(".quiz-verdict")).ToHaveTextAsync("✓ Juist");
        await Expect(Option(question, "Zes").Locator(".quiz-verdict")).ToHaveTextAsync("✓ Juist antwoord");
        await Expect(Option(question, "Zeven").Locator(".quiz-feedback")).ToBeHiddenAsync();
        await Expect(Status(page)).ToHaveTextAsync("Vraag 2: niet juist. 0 van 3 goed.");

        await question.GetByRole(AriaRole.Checkbox, new() { Name = "Zes" }).CheckAsync();
        await Check(question).ClickAsync();

        await Expect(Option(question, "Zes").Locator(".quiz-verdict")).ToHaveTextAsync("✓ Juist");
        await Expect(Shown(question, "Even getallen zijn deelbaar door twee.")).ToBeVisibleAsync();
        await Expect(Score(page)).ToHaveTextAsync("1 van 3 goed");
        await AssertNoProblemsAsync(problems);
    }

    [Fact]
    public async Task A_true_false_question_offers_Waar_and_Niet_waar()
    {
        using var site = NewSite();
        var (page, problems) = await OpenWatchedAsync("", await ServeAsync(site));
        var question = Question(page, Water);
        await Expect(question.GetByRole(AriaRole.Radio)).ToHaveCountAsync(2);

        await question.GetByRole(AriaRole.Radio, new() { Name = "Niet waar" }).CheckAsync();
        await Check(question).ClickAsync();
        await Expect(Option(question, "Niet waar").Locator(".quiz-verdict")).ToHaveTextAsync("✗ Niet juist");
        await Expect(Option(question, "Waar").Locator(".quiz-verdict")).ToHaveTextAsync("✓ Juist antwoord");

        await question.GetByRole(AriaRole.Radio, new() { Name = "Waar", Exact = true }).CheckAsync();
        await Check(question).ClickAsync();
        await Expect(Option(question, "Waar").Locator(".quiz-verdict")).ToHaveTextAsync("✓ Juist");
        await Expect(Shown(question, "Bij normale luchtdruk klopt dat.")).ToBeVisibleAsync();
        await Expect(Score(page)).ToHaveTextAsync("1 van 3 goed");
        await AssertNoProblemsAsync(problems);
    }

    [Fact]
    public async Task A_reflection_keeps_the_readers_text_shows_the_model_answer_and_does_not_count()
    {
        using var site = NewSite();
        var (page, problems) = await OpenWatchedAsync("", await ServeAsync(site));
        var question = Question(page, Place);
        var answer = question.GetByRole(AriaRole.Textbox, new() { Name = "Jouw antwoord" });
        var model = Shown(question, "Bijvoorbeeld het strand bij zonsopgang.");
        await Expect(model).ToBeHiddenAsync();

        await answer.FillAsync("Het bos achter ons huis.");
        await Check(question, "Toon modelantwoord").ClickAsync();

        await Expect(model).ToBeVisibleAsync();
        await Expect(answer).ToHaveValueAsync("Het bos achter ons huis.");
        await Expect(Status(page)).ToHaveTextAsync("Vraag 4: het modelantwoord staat onder je antwoord.");
        await Expect(Score(page)).ToBeHiddenAsync();
        await AssertNoProblemsAsync(problems);
    }

    [Fact]
    public async Task Checking_without_an_answer_asks_to_choose_first()
    {
        using var site = NewSite();
        var (page, problems) = await OpenWatchedAsync("", await ServeAsync(site));
        var question = Question(page, Colour);

        await Check(question).ClickAsync();

        await Expect(Status(page)).ToHaveTextAsync("Kies eerst een antwoord bij vraag 1.");
        await Expect(question.Locator(".quiz-option .quiz-verdict")).ToHaveCountAsync(0);
        await Expect(Score(page)).ToBeHiddenAsync();
        await AssertNoProblemsAsync(problems);
    }

    [Fact]
    public async Task Without_JavaScript_the_questions_are_readable_and_Toon_antwoord_reveals_the_answers()
    {
        using var site = NewSite();
        var page = await NewPageAsync(new() { JavaScriptEnabled = false });
        await GoToAsync(page, "", await ServeAsync(site));
        var question = Question(page, Colour);
        await Expect(question.GetByRole(AriaRole.Radio, new() { Name = "Groen" })).ToBeVisibleAsync();
        await Expect(Quiz(page).GetByRole(AriaRole.Button)).ToHaveCountAsync(0); // Controleer and Opnieuw need the script
        var key = question.Locator("details .quiz-answer-body");
        await Expect(key).ToBeHiddenAsync();

        await Shown(question, "Toon antwoord").ClickAsync();

        await Expect(key).ToBeVisibleAsync();
        await Expect(key).ToContainTextAsync("Het juiste antwoord:");
        await Expect(key.Locator("li.is-correct")).ToHaveTextAsync("✓ Juist: Blauw");
        await Expect(key).ToContainTextAsync("Groen is het gras, niet de lucht.");
        await Expect(key).ToContainTextAsync("Blauw licht wordt in de lucht het meest verstrooid.");

        var reflection = Question(page, Place);
        await reflection.GetByText("Toon antwoord").ClickAsync();
        await Expect(reflection.Locator("details").GetByText("Bijvoorbeeld het strand bij zonsopgang.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task On_the_real_site_every_right_answer_gives_full_marks()
    {
        var (page, problems) = await OpenWatchedAsync("basis/");
        var quiz = page.Locator("[data-quiz]").First;
        var questions = await quiz.Locator("fieldset.quiz-question").AllAsync();
        var scored = 0;
        foreach (var question in questions)
        {
            if (await question.GetAttributeAsync("data-type") == "reflection")
            {
                await question.GetByRole(AriaRole.Textbox).FillAsync("Mijn antwoord.");
            }
            else
            {
                scored++;
                foreach (var right in await question.Locator("input[data-correct]").AllAsync())
                {
                    await right.CheckAsync();
                }
            }

            await question.GetByRole(AriaRole.Button).ClickAsync();
        }

        Assert.True(scored > 0, "the quiz on /basis/ has no scored question");
        await Expect(quiz.Locator(".quiz-total")).ToHaveTextAsync($"{scored} van {scored} goed");
        await Expect(quiz.Locator(".quiz-verdict-incorrect")).ToHaveCountAsync(0);
        await AssertNoProblemsAsync(problems);
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task A_checked_quiz_with_feedback_has_no_serious_axe_violations(ColorScheme scheme)
    {
        using var site = NewSite();
        var (page, problems) = await OpenWatchedAsync("", await ServeAsync(site), new() { ColorScheme = scheme });
        await Question(page, Colour).GetByRole(AriaRole.Radio, new() { Name = "Groen" }).CheckAsync();
        await Check(Question(page, Colour)).ClickAsync();
        await Question(page, Even).GetByRole(AriaRole.Checkbox, new() { Name = "Vier" }).CheckAsync();
        await Check(Question(page, Even)).ClickAsync();
        await Question(page, Water).GetByRole(AriaRole.Radio, new() { Name = "Waar", Exact = true }).CheckAsync();
        await Check(Question(page, Water)).ClickAsync();
        await Check(Question(page, Place), "Toon modelantwoord").ClickAsync();
        await Expect(Score(page)).ToHaveTextAsync("1 van 3 goed");

        var violations = (await page.RunAxe()).Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}) {v.Help}: {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}").ToList();

        Assert.True(violations.Count == 0, $"axe-core violations in a checked quiz ({scheme}):\n{string.Join('\n', violations)}");
        await AssertNoProblemsAsync(problems);
    }
}
