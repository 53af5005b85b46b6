using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static StatiqSite.Tests.Browser.QuizScenario;

namespace StatiqSite.Tests.Browser;

/// <summary>
/// A reader answers the quiz with the keyboard alone: Tab to a question, arrow keys within a radio group, Space on a
/// checkbox, Enter or Space on "Controleer"; the live region, present and empty from page load, announces each result.
/// </summary>
public sealed class QuizKeyboardTests(BrowserFixture fixture) : ScenarioTest(fixture)
{
    [Fact]
    public async Task Arrow_keys_choose_an_option_Enter_and_Space_check_it_and_the_live_region_announces_the_result()
    {
        using var site = NewSite();
        var (page, problems) = await OpenWatchedAsync("", await ServeAsync(site));
        var status = Status(page);
        await Expect(status).ToHaveAttributeAsync("aria-live", "polite");
        await Expect(status).ToBeEmptyAsync();
        var question = Question(page, Colour);
        var green = question.GetByRole(AriaRole.Radio, new() { Name = "Groen" });
        var blue = question.GetByRole(AriaRole.Radio, new() { Name = "Blauw" });

        await TabToAsync(page, green);
        await Expect(green).Not.ToBeCheckedAsync(); // reaching a group does not choose for the reader
        await page.Keyboard.PressAsync("Space");
        await Expect(green).ToBeCheckedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(Check(question)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(status).ToHaveTextAsync("Vraag 1: niet juist. 0 van 3 goed.");
        await Expect(Option(question, "Groen").Locator(".quiz-feedback")).ToContainTextAsync("Niet juist");

        await page.Keyboard.PressAsync("Shift+Tab");
        await Expect(green).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(blue).ToBeCheckedAsync();
        await Expect(blue).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Space");

        await Expect(status).ToHaveTextAsync("Vraag 1: juist. 1 van 3 goed.");
        await Expect(Option(question, "Blauw").Locator(".quiz-verdict")).ToHaveTextAsync("✓ Juist");
        await AssertNoProblemsAsync(problems);
    }

    [Fact]
    public async Task Every_kind_of_question_can_be_answered_by_keyboard_alone()
    {
        using var site = NewSite();
        var (page, problems) = await OpenWatchedAsync("", await ServeAsync(site));
        var status = Status(page);

        await TabToAsync(page, Question(page, Even).GetByRole(AriaRole.Checkbox, new() { Name = "Vier" }));
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await Expect(Question(page, Even).GetByRole(AriaRole.Checkbox, new() { Name = "Zes" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await Expect(status).ToHaveTextAsync("Vraag 2: juist. 1 van 3 goed.");

        var truth = Question(page, Water);
        await page.Keyboard.PressAsync("Tab");
        await Expect(truth.GetByRole(AriaRole.Radio, new() { Name = "Waar", Exact = true })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowUp");
        await Expect(truth.GetByRole(AriaRole.Radio, new() { Name = "Waar", Exact = true })).ToBeCheckedAsync();
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await Expect(status).ToHaveTextAsync("Vraag 3: juist. 2 van 3 goed.");

        await page.Keyboard.PressAsync("Tab");
        await Expect(Question(page, Place).GetByRole(AriaRole.Textbox)).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Thuis.");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await Expect(status).ToHaveTextAsync("Vraag 4: het modelantwoord staat onder je antwoord.");
        await Expect(Shown(Question(page, Place), "Bijvoorbeeld het strand bij zonsopgang.")).ToBeVisibleAsync();
        await Expect(Score(page)).ToHaveTextAsync("2 van 3 goed");
        await AssertNoProblemsAsync(problems);
    }

    [Fact]
    public async Task The_keyboard_focus_is_visible_on_an_option_and_on_Controleer()
    {
        using var site = NewSite();
        var (page, problems) = await OpenWatchedAsync("", await ServeAsync(site));
        var question = Question(page, Colour);
        var green = question.GetByRole(AriaRole.Radio, new() { Name = "Groen" });

        await TabToAsync(page, green);
        Assert.NotEqual("none", await green.EvaluateAsync<string>("input => getComputedStyle(input.closest('label')).outlineStyle"));
        await TabToAsync(page, Check(question));
        Assert.NotEqual("none", await Check(question).EvaluateAsync<string>("button => getComputedStyle(button).outlineStyle"));
        await AssertNoProblemsAsync(problems);
    }
}
