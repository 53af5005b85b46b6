using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using StatiqSite.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace StatiqSite.Tests.Browser;

/// <summary>
/// A reader works through a scenario: one step at a time by mouse or keyboard alone, focus on the new step's heading,
/// each move announced in the live region, "Terug" and "Opnieuw beginnen", the path kept over a reload and dropped
/// after an edit; without JavaScript every step is on the page and each choice a link to its step; axe finds nothing.
/// </summary>
public sealed class ScenarioTests(BrowserFixture fixture) : ScenarioTest(fixture)
{
    private const string Id = "balie";
    private const string Shout = "Je schreeuwt terug.", Calm = "Je blijft rustig.", Promise = "Je belooft het vandaag te regelen.", Explain = "Je legt uit wie het regelt.";

    private static TestSite NewSite(string firstText = "Een cliënt schreeuwt aan de balie.") =>
        new TestSite().Page("index.md", "Start", $"""
            Een pagina met een casus.

            ```scenario
            id: {Id}
            title: Casus aan de balie
            steps:
              - id: begin
                text: {firstText}
                choices:
                  - text: {Shout}
                    next: escalatie
                  - text: {Calm}
                    next: gesprek
              - id: escalatie
                text: Een collega moet ingrijpen.
                outcome: Je liet je meeslepen.
              - id: gesprek
                text: Hij kalmeert en vraagt wat er nu gebeurt.
                choices:
                  - text: {Promise}
                    outcome: Goed bedoeld, maar dat hoort niet bij je rol.
                  - text: {Explain}
                    outcome: Je bleef betrokken en binnen je rol.
            ```

            Tekst onder de casus.

            """);

    private static ILocator Scenario(IPage page) => page.Locator($"[data-scenario='{Id}']");

    private static ILocator Step(IPage page, string step) => page.Locator($"#{Id}-stap-{step}");

    private static ILocator Visible(IPage page) => Scenario(page).Locator(".scenario-step:visible");

    private static ILocator Status(IPage page) => Scenario(page).Locator(".scenario-status");

    private static ILocator Choice(IPage page, string text) => Scenario(page).GetByRole(AriaRole.Link, new() { Name = text });

    private static ILocator Button(IPage page, string name) => Scenario(page).GetByRole(AriaRole.Button, new() { Name = name });

    [Fact]
    public async Task By_mouse_each_choice_shows_the_next_step_alone_up_to_an_outcome_with_icon_and_words()
    {
        using var site = NewSite();
        var (page, problems) = await OpenWatchedAsync("", await ServeAsync(site));
        await Expect(Visible(page)).ToHaveCountAsync(1);
        await Expect(Step(page, "begin")).ToBeVisibleAsync();
        await Expect(Button(page, "Terug")).ToBeHiddenAsync();

        await Choice(page, Calm).ClickAsync();

        await Expect(Visible(page)).ToHaveCountAsync(1);
        await Expect(Step(page, "gesprek")).ToBeVisibleAsync();
        await Expect(Step(page, "gesprek").Locator("h3")).ToBeFocusedAsync();
        await Expect(Status(page)).ToHaveTextAsync($"Je koos: {Calm}. Stap 3.");
        await Expect(Scenario(page).Locator(".scenario-path-list li")).ToHaveTextAsync([Calm]);
        await Expect(Button(page, "Opnieuw beginnen")).ToBeHiddenAsync();

        await Choice(page, Explain).ClickAsync();

        var end = Step(page, "gesprek-uitkomst-2");
        await Expect(end).ToBeVisibleAsync();
        await Expect(end.Locator(".scenario-end-mark")).ToHaveTextAsync("⚑ Einde van de casus");
        await Expect(end).ToContainTextAsync("Je bleef betrokken en binnen je rol.");
        await Expect(Status(page)).ToHaveTextAsync($"Je koos: {Explain}. Afloop. Einde van de casus.");
        await Expect(Scenario(page).Locator(".scenario-path-list li")).ToHaveTextAsync([Calm, Explain]);
        await Expect(Button(page, "Opnieuw beginnen")).ToBeVisibleAsync();
        await Expect(end.GetByRole(AriaRole.Link, new() { Name = "Opnieuw beginnen" })).ToBeHiddenAsync(); // the no-JS link gives way to the button
        Assert.Equal("", new Uri(page.Url).Fragment); // the choices did not navigate
        await AssertNoProblemsAsync(problems);
    }

    [Fact]
    public async Task By_keyboard_alone_a_reader_chooses_goes_back_and_starts_again()
    {
        using var site = NewSite();
        var (page, problems) = await OpenWatchedAsync("", await ServeAsync(site));

        await TabToAsync(page, Choice(page, Shout));
        await page.Keyboard.PressAsync("Enter");

        await Expect(Step(page, "escalatie").Locator("h3")).ToBeFocusedAsync();
        await Expect(Status(page)).ToHaveTextAsync($"Je koos: {Shout}. Stap 2. Einde van de casus.");
        await TabToAsync(page, Button(page, "Terug"));
        await page.Keyboard.PressAsync("Enter");

        await Expect(Step(page, "begin")).ToBeVisibleAsync();
        await Expect(Step(page, "begin").Locator("h3")).ToBeFocusedAsync();
        await Expect(Status(page)).ToHaveTextAsync("Terug naar Stap 1.");
        await Expect(Button(page, "Terug")).ToBeHiddenAsync();

        await TabToAsync(page, Choice(page, Calm));
        await page.Keyboard.PressAsync("Enter");
        await TabToAsync(page, Choice(page, Promise));
        await page.Keyboard.PressAsync("Enter");
        await Expect(Step(page, "gesprek-uitkomst-1")).ToBeVisibleAsync();
        await TabToAsync(page, Button(page, "Opnieuw beginnen"));
        await page.Keyboard.PressAsync("Space");

        await Expect(Visible(page)).ToHaveCountAsync(1);
        await Expect(Step(page, "begin").Locator("h3")).ToBeFocusedAsync();
        await Expect(Status(page)).ToHaveTextAsync("De casus begint opnieuw. Stap 1.");
        await Expect(Scenario(page).Locator(".scenario-path")).ToBeHiddenAsync();
        await AssertNoProblemsAsync(problems);
    }

    [Fact]
    public async Task A_reload_resumes_at_the_same_step_and_an_edit_of_the_scenario_starts_afresh()
    {
        using var site = NewSite();
        var server = await ServeAsync(site);
        var (page, problems) = await OpenWatchedAsync("", server);
        await Choice(page, Calm).ClickAsync();
        await Expect(Step(page, "gesprek")).ToBeVisibleAsync();

        await page.ReloadAsync();

        await Expect(Step(page, "gesprek")).ToBeVisibleAsync();
        await Expect(Visible(page)).ToHaveCountAsync(1);
        await Expect(Scenario(page).Locator(".scenario-path-list li")).ToHaveTextAsync([Calm]);
        await Expect(Status(page)).ToHaveTextAsync("Je gaat verder waar je was gebleven.");
        await Expect(Button(page, "Terug")).ToBeVisibleAsync();

        site.Page("index.md", "Start", File.ReadAllText(Path.Combine(site.InputDirectory, "index.md")).Split("---\n", 3)[2]
            .Replace("Een cliënt schreeuwt aan de balie.", "Een cliënt schreeuwt luid aan de balie.", StringComparison.Ordinal));
        Assert.Empty(Errors.Of(await site.BuildAsync(), site));
        await page.ReloadAsync();

        await Expect(Step(page, "begin")).ToBeVisibleAsync();
        await Expect(Visible(page)).ToHaveCountAsync(1);
        await Expect(Step(page, "begin")).ToContainTextAsync("luid");
        await AssertNoProblemsAsync(problems);
    }

    [Fact]
    public async Task Without_JavaScript_every_step_is_on_the_page_and_each_choice_moves_to_its_step()
    {
        using var site = NewSite();
        var page = await NewPageAsync(new() { JavaScriptEnabled = false });
        await GoToAsync(page, "", await ServeAsync(site));
        await Expect(Scenario(page).Locator(".scenario-step")).ToHaveCountAsync(5);
        await Expect(Visible(page)).ToHaveCountAsync(5);
        await Expect(Scenario(page).GetByRole(AriaRole.Button)).ToHaveCountAsync(0);

        await Choice(page, Calm).ClickAsync();

        Assert.Equal($"#{Id}-stap-gesprek", new Uri(page.Url).Fragment);
        await Expect(Step(page, "gesprek")).ToBeInViewportAsync();
        await Choice(page, Promise).ClickAsync();
        Assert.Equal($"#{Id}-stap-gesprek-uitkomst-1", new Uri(page.Url).Fragment);
        await Expect(Step(page, "gesprek-uitkomst-1")).ToBeInViewportAsync();

        await Step(page, "gesprek-uitkomst-1").GetByRole(AriaRole.Link, new() { Name = "Opnieuw beginnen" }).ClickAsync();
        Assert.Equal($"#{Id}-stap-begin", new Uri(page.Url).Fragment);
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Axe_finds_nothing_at_the_start_or_at_an_outcome(ColorScheme scheme)
    {
        using var site = NewSite();
        var (page, problems) = await OpenWatchedAsync("", await ServeAsync(site), new() { ColorScheme = scheme });
        var atStart = await page.RunAxe();
        await Choice(page, Calm).ClickAsync();
        await Choice(page, Explain).ClickAsync();
        await Button(page, "Opnieuw beginnen").FocusAsync();
        var atEnd = await page.RunAxe();

        var violations = atStart.Violations.Concat(atEnd.Violations).Select(v => $"{v.Id} ({v.Impact}): {v.Help}").ToList();
        Assert.True(violations.Count == 0, string.Join('\n', violations));
        await AssertNoProblemsAsync(problems);
    }
}
