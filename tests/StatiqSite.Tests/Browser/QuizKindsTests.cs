using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static StatiqSite.Tests.Browser.QuizKindsScenario;

namespace StatiqSite.Tests.Browser;

/// <summary>
/// The newer kinds in the browser: ordering by buttons (mouse and keyboard, focus follows the item, the new place
/// announced), gaps compared without regard to case, accents and spaces, matching with native lists, answers kept by
/// value (a shuffled question restores the option, not the place), the fallback without JavaScript, and axe.
/// </summary>
public sealed class QuizKindsTests(BrowserFixture fixture) : ScenarioTest(fixture)
{
    [Fact]
    public async Task Ordering_by_mouse_moves_items_and_checks_the_order()
    {
        using var site = NewSite();
        var (page, problems) = await OpenWatchedAsync("", await ServeAsync(site));
        var question = Question(page, Steps);

        await Check(question).ClickAsync();
        await Expect(Status(page)).ToHaveTextAsync("Vraag 1: niet juist. 0 van 4 goed.");
        await SortAsync(page, async button => await button.ClickAsync());
        await Expect(question.Locator(".quiz-verdict")).ToHaveCountAsync(0); // a change needs checking again
        await Check(question).ClickAsync();

        await Expect(Status(page)).ToHaveTextAsync("Vraag 1: juist. 1 van 4 goed.");
        await Expect(question.Locator(".quiz-order-item .quiz-verdict")).ToHaveTextAsync(["✓ Juist", "✓ Juist", "✓ Juist"]);
        await AssertNoProblemsAsync(problems);
    }

    [Fact]
    public async Task Ordering_by_keyboard_keeps_focus_on_the_moved_item_and_announces_its_place()
    {
        using var site = NewSite();
        var (page, problems) = await OpenWatchedAsync("", await ServeAsync(site));
        var items = await ItemsAsync(page);
        var last = items[^1];

        await TabToAsync(page, Move(page, last, up: true));
        await page.Keyboard.PressAsync("Enter");

        await Expect(Move(page, last, up: true)).ToBeFocusedAsync();
        await Expect(Status(page)).ToHaveTextAsync($"{last}: nu op plaats {items.Count - 1} van {items.Count}.");
        Assert.Equal(last, (await ItemsAsync(page))[^2]);
        await SortAsync(page, async button =>
        {
            await button.FocusAsync();
            await page.Keyboard.PressAsync("Space");
        });
        await TabToAsync(page, Check(Question(page, Steps)));
        await page.Keyboard.PressAsync("Enter");
        await Expect(Status(page)).ToHaveTextAsync("Vraag 1: juist. 1 van 4 goed.");
        await AssertNoProblemsAsync(problems);
    }

    [Fact]
    public async Task Gaps_accept_any_listed_answer_regardless_of_case_accents_and_spaces()
    {
        using var site = NewSite();
        var (page, problems) = await OpenWatchedAsync("", await ServeAsync(site));
        var question = Question(page, Sentence);

        await question.GetByRole(AriaRole.Textbox, new() { Name = "Gat 1" }).FillAsync("  Competéntie ");
        await question.GetByRole(AriaRole.Textbox, new() { Name = "Gat 2" }).FillAsync("gedraging");
        await Check(question).ClickAsync();
        await Expect(Status(page)).ToHaveTextAsync("Vraag 2: niet juist. 0 van 4 goed.");
        await Expect(question.Locator(".quiz-gap-feedback")).ToHaveTextAsync(["✓ Juist", "✗ Niet juist"]);

        await TabToAsync(page, question.GetByRole(AriaRole.Textbox, new() { Name = "Gat 2" }));
        await page.Keyboard.PressAsync("ControlOrMeta+A");
        await page.Keyboard.TypeAsync("HANDELEN");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await Expect(Status(page)).ToHaveTextAsync("Vraag 2: juist. 1 van 4 goed.");
        await AssertNoProblemsAsync(problems);
    }

    [Fact]
    public async Task Matching_is_answered_with_native_lists_by_mouse_or_keyboard()
    {
        using var site = NewSite();
        var (page, problems) = await OpenWatchedAsync("", await ServeAsync(site));
        var question = Question(page, Pairs);

        await question.GetByRole(AriaRole.Combobox, new() { Name = "Empathie" }).SelectOptionAsync(new SelectOptionValue { Label = "Je inleven in een ander." });
        await Check(question).ClickAsync();
        await Expect(Status(page)).ToHaveTextAsync("Kies eerst bij elk begrip een omschrijving bij vraag 3.");

        await question.GetByRole(AriaRole.Combobox, new() { Name = "Distantie" }).SelectOptionAsync(new SelectOptionValue { Label = "Wat je wel en niet doet." });
        var grens = question.GetByRole(AriaRole.Combobox, new() { Name = "Grens" });
        await TabToAsync(page, grens);
        var steps = await grens.EvaluateAsync<int>("s => Array.from(s.options).findIndex(o => o.text === 'Een gezonde afstand.')");
        for (var i = 0; i < steps; i++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }

        await Check(question).ClickAsync();
        await Expect(Status(page)).ToHaveTextAsync("Vraag 3: niet juist. 0 van 4 goed.");
        await Expect(question.Locator(".quiz-match .quiz-verdict")).ToHaveTextAsync(["✓ Juist", "✗ Niet juist", "✗ Niet juist"]);
        await AssertNoProblemsAsync(problems);
    }

    [Fact]
    public async Task Saved_answers_refer_to_options_and_items_not_to_their_place()
    {
        using var site = NewSite();
        var (page, problems) = await OpenWatchedAsync("", await ServeAsync(site));
        await Question(page, Colour).GetByRole(AriaRole.Radio, new() { Name = "Blauw" }).CheckAsync();
        await Move(page, (await ItemsAsync(page))[^1], up: true).ClickAsync();
        var order = await ItemsAsync(page);

        await page.ReloadAsync();

        await Expect(Question(page, Colour).GetByRole(AriaRole.Radio, new() { Name = "Blauw" })).ToBeCheckedAsync();
        Assert.Equal(order, await ItemsAsync(page));
        await AssertNoProblemsAsync(problems);
    }

    [Fact]
    public async Task Without_javascript_every_kind_reveals_its_answer_and_needs_no_buttons()
    {
        using var site = NewSite();
        var page = await NewPageAsync(new() { JavaScriptEnabled = false });
        await GoToAsync(page, "", await ServeAsync(site));

        await Expect(page.Locator(".quiz-move").Filter(new() { Visible = true })).ToHaveCountAsync(0);
        foreach (var (question, answer) in new[] { (Steps, Order[0]), (Sentence, "gedrag of handelen"), (Pairs, "Distantie → Een gezonde afstand.") })
        {
            var details = Question(page, question).Locator("details");
            await details.Locator("summary").ClickAsync();
            await Expect(details.GetByText(answer, new() { Exact = true })).ToBeVisibleAsync();
        }
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Checked_questions_of_every_kind_have_no_serious_axe_violations(ColorScheme scheme)
    {
        using var site = NewSite();
        var (page, problems) = await OpenWatchedAsync("", await ServeAsync(site), new() { ColorScheme = scheme });
        await Question(page, Sentence).GetByRole(AriaRole.Textbox, new() { Name = "Gat 1" }).FillAsync("competentie");
        await Question(page, Pairs).GetByRole(AriaRole.Combobox, new() { Name = "Grens" }).SelectOptionAsync(new SelectOptionValue { Label = "Een gezonde afstand." });
        foreach (var question in new[] { Steps, Sentence, Pairs, Colour })
        {
            await Check(Question(page, question)).ClickAsync();
        }

        var violations = (await page.RunAxe()).Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help} {string.Join(", ", v.Nodes.Select(n => n.Target))}").ToList();

        Assert.True(violations.Count == 0, string.Join('\n', violations));
        await AssertNoProblemsAsync(problems);
    }

    /// <summary>Puts the items in the right order with their "Omhoog" buttons, pressed by <paramref name="press"/>.</summary>
    private static async Task SortAsync(IPage page, Func<ILocator, Task> press)
    {
        for (var place = 0; place < Order.Length; place++)
        {
            while ((await ItemsAsync(page)).ToList().IndexOf(Order[place]) > place)
            {
                await press(Move(page, Order[place], up: true));
            }
        }

        Assert.Equal(Order, await ItemsAsync(page));
    }
}
