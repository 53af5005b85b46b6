using System.Text.Json;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using StatiqSite.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace StatiqSite.Tests.Browser;

/// <summary>
/// A self-rating (<c>type: selfrating</c>): a radio group per statement, rated by mouse or keyboard, saved with
/// "Bewaar" and announced; kept across reloads and edits of other statements; shown on /voortgang/ per competency as
/// a chart with a table of the same numbers, in the saved file and the printed portfolio; readable without JavaScript.
/// </summary>
public sealed class SelfRatingTests(BrowserFixture fixture) : ScenarioTest(fixture)
{
    private const string Competency = "Professionele afstand";
    private const string Listen = "Luistert met aandacht.", Limits = "Houdt zich aan de grenzen van de functie.", Help = "Vraagt tijdig hulp.";
    private const string Question = "Hoe goed beheers je deze gedragingen nu?";

    private static TestSite NewSite(string limits = Limits) =>
        new TestSite()
            .Write("_glossary.yml", $"""
                - term: {Competency}
                  id: professionele-afstand
                  definition: Betrokken zijn en toch afstand bewaren.
                  behaviours:
                    - {Listen}
                    - {limits}
                    - {Help}
                """)
            .Page("index.md", "Start", $"""
                Een pagina met een zelfbeoordeling.

                ```quiz
                id: zelf
                title: Hoe sta jij ervoor?
                questions:
                  - question: {Question}
                    type: selfrating
                    behaviours_of: professionele-afstand
                ```

                """);

    private static ILocator Widget(IPage page) => page.Locator("[data-quiz='zelf']");

    private static ILocator Statement(IPage page, string statement) =>
        Widget(page).GetByRole(AriaRole.Group, new() { Name = statement, Exact = true });

    private static ILocator Level(IPage page, string statement, string label) =>
        Statement(page, statement).GetByRole(AriaRole.Radio, new() { Name = label, Exact = true });

    private static ILocator Save(IPage page) => Widget(page).GetByRole(AriaRole.Button, new() { Name = "Bewaar" });

    [Fact]
    public async Task Rated_by_mouse_and_saved_the_rating_is_announced_and_survives_a_reload()
    {
        using var site = NewSite();
        var (page, problems) = await OpenWatchedAsync("", await ServeAsync(site));

        await Level(page, Listen, "Meestal").ClickAsync();
        await Level(page, Help, "Nog niet").ClickAsync();
        await Save(page).ClickAsync();

        await Expect(Widget(page).GetByRole(AriaRole.Status)).ToHaveTextAsync("Vraag 1: je inschatting is bewaard. Je ziet hem terug op Mijn voortgang.");
        await Expect(Widget(page).Locator("fieldset.quiz-question")).ToHaveAttributeAsync("data-type", "selfrating");
        await page.ReloadAsync();
        await Expect(Level(page, Listen, "Meestal")).ToBeCheckedAsync();
        await Expect(Level(page, Help, "Nog niet")).ToBeCheckedAsync();
        await Expect(Statement(page, Limits).Locator("input:checked")).ToHaveCountAsync(0);
        await AssertNoProblemsAsync(problems);
    }

    [Fact]
    public async Task Rated_by_keyboard_alone_with_tab_and_arrow_keys()
    {
        using var site = NewSite();
        var (page, problems) = await OpenWatchedAsync("", await ServeAsync(site));

        await TabToAsync(page, Level(page, Listen, "Nog niet"));
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");
        await TabToAsync(page, Save(page));
        await page.Keyboard.PressAsync("Enter");

        await Expect(Level(page, Listen, "Meestal")).ToBeCheckedAsync();
        await Expect(Widget(page).GetByRole(AriaRole.Status)).ToContainTextAsync("je inschatting is bewaard");
        await AssertNoProblemsAsync(problems);
    }

    [Fact]
    public async Task An_edited_statement_loses_only_its_own_rating()
    {
        using var site = NewSite();
        var served = await ServeAsync(site);
        var (page, problems) = await OpenWatchedAsync("", served);
        await Level(page, Listen, "Altijd").ClickAsync();
        await Level(page, Limits, "Soms").ClickAsync();
        await Save(page).ClickAsync();

        site.Write("_glossary.yml", File.ReadAllText(Path.Combine(site.InputDirectory, "_glossary.yml")).Replace(Limits, "Houdt zich aan de afspraken.", StringComparison.Ordinal));
        Assert.True((await site.BuildAsync()).Succeeded, "the edited site does not build");
        await page.ReloadAsync();

        await Expect(Level(page, Listen, "Altijd")).ToBeCheckedAsync();
        await Expect(Statement(page, "Houdt zich aan de afspraken.").Locator("input:checked")).ToHaveCountAsync(0);
        await AssertNoProblemsAsync(problems);
    }

    [Fact]
    public async Task Voortgang_shows_the_latest_rating_as_a_chart_and_a_table_with_the_same_numbers()
    {
        using var site = NewSite();
        var served = await ServeAsync(site);
        var (page, problems) = await OpenWatchedAsync("", served);
        await Level(page, Listen, "Meestal").ClickAsync();
        await Level(page, Limits, "Altijd").ClickAsync();
        await Save(page).ClickAsync();

        await GoToAsync(page, ProgressTests.Progress, served);

        var competency = page.Locator("[data-competency='professionele-afstand']");
        await Expect(competency.GetByRole(AriaRole.Heading, new() { Name = Competency })).ToBeVisibleAsync();
        var table = competency.GetByRole(AriaRole.Table);
        await Expect(table.GetByRole(AriaRole.Row, new() { Name = Listen })).ToContainTextAsync("Meestal (3 van 4)");
        await Expect(table.GetByRole(AriaRole.Row, new() { Name = Limits })).ToContainTextAsync("Altijd (4 van 4)");
        await Expect(table.GetByRole(AriaRole.Row, new() { Name = Help })).ToContainTextAsync("Niet ingevuld");
        // The bars: as wide as the table's numbers say, 94 units for the whole scale.
        var widths = await competency.Locator(".selfrating-bar").EvaluateAllAsync<string[]>("bars => bars.map(b => b.getAttribute('width'))");
        Assert.Equal(["70.5", "94", "0"], widths);
        await Expect(competency.Locator("svg")).ToHaveAttributeAsync("aria-hidden", "true");
        await Expect(page.GetByText("Je hebt jezelf nog niet ingeschat.")).ToBeHiddenAsync();
        await Expect(page.Locator("li[data-quiz-id='zelf']")).ToContainTextAsync("Ingevuld");
        await AssertNoProblemsAsync(problems);
    }

    [Fact]
    public async Task The_saved_file_holds_the_ratings_and_loads_them_into_a_fresh_browser()
    {
        using var site = NewSite();
        var served = await ServeAsync(site);
        var (page, problems) = await OpenWatchedAsync("", served);
        await Level(page, Help, "Soms").ClickAsync();
        await Save(page).ClickAsync();
        await GoToAsync(page, ProgressTests.Progress, served);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Bewaar je voortgang" }).ClickAsync());
        var file = await download.PathAsync();
        using (var saved = JsonDocument.Parse(await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken)))
        {
            var answer = saved.RootElement.GetProperty("items").GetProperty("quiz:zelf").GetProperty("questions").GetProperty("1").GetProperty("answer");
            Assert.Equal([1], answer.EnumerateObject().Select(p => p.Value.GetInt32()));
        }

        var (fresh, freshProblems) = await OpenWatchedAsync(ProgressTests.Progress, served);
        await Expect(fresh.GetByText("Je hebt jezelf nog niet ingeschat.")).ToBeVisibleAsync();
        await fresh.GetByLabel("Laad voortgang").SetInputFilesAsync(file);

        await Expect(fresh.GetByRole(AriaRole.Row, new() { Name = Help })).ToContainTextAsync("Soms (2 van 4)");
        await AssertNoProblemsAsync(problems);
        await AssertNoProblemsAsync(freshProblems);
    }

    [Fact]
    public async Task The_printed_portfolio_shows_the_ratings()
    {
        using var site = NewSite();
        var served = await ServeAsync(site);
        var (page, problems) = await OpenWatchedAsync("", served);
        await Level(page, Listen, "Altijd").ClickAsync();
        await Save(page).ClickAsync();
        await GoToAsync(page, ProgressTests.Progress, served);

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Zo schat ik mezelf in" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = Listen })).ToContainTextAsync("Altijd (4 van 4)");
        await Expect(page.Locator(".selfrating-chart")).ToBeVisibleAsync();
        await AssertNoProblemsAsync(problems);
    }

    [Fact]
    public async Task Without_JavaScript_the_statements_can_be_read_and_the_fallback_says_there_is_no_right_answer()
    {
        using var site = NewSite();
        var served = await ServeAsync(site);
        var page = await NewPageAsync(new() { JavaScriptEnabled = false });
        await GoToAsync(page, "", served);

        await Expect(Level(page, Limits, "Soms")).ToBeVisibleAsync();
        await Widget(page).GetByText("Toon antwoord").ClickAsync();
        await Expect(Widget(page).Locator(".quiz-answer").GetByText("Bij een zelfbeoordeling is er geen goed of fout antwoord", new() { Exact = false })).ToBeVisibleAsync();
        await Expect(Save(page)).ToBeHiddenAsync();

        await GoToAsync(page, ProgressTests.Progress, served);
        await Expect(page.GetByText("Ook je zelfbeoordelingen worden in je browser bewaard", new() { Exact = false })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Zo schat ik mezelf in" })).ToBeHiddenAsync();
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task The_widget_and_voortgang_with_a_rating_have_no_serious_axe_violations(ColorScheme scheme)
    {
        using var site = NewSite();
        var served = await ServeAsync(site);
        var (page, problems) = await OpenWatchedAsync("", served, new() { ColorScheme = scheme });
        await Level(page, Listen, "Soms").ClickAsync();
        await Save(page).ClickAsync();
        var onPage = await SeriousViolationsAsync(page);

        await GoToAsync(page, ProgressTests.Progress, served);
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = Listen })).ToContainTextAsync("Soms");
        var onProgress = await SeriousViolationsAsync(page);

        Assert.Empty(onPage);
        Assert.Empty(onProgress);
        await AssertNoProblemsAsync(problems);
    }

    private static async Task<List<string>> SeriousViolationsAsync(IPage page) =>
        [.. (await page.RunAxe()).Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})")];
}
