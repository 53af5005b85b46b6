using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using StatiqSite.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace StatiqSite.Tests.Browser;

/// <summary>
/// A glossary term (<c>a.glossary-term</c>, theme/assets/js/glossary.js) shows its definition in
/// <c>#glossary-tooltip[role=tooltip]</c> on hover and on keyboard focus, next to the term and never over it; the
/// tooltip stays while the pointer is on it, Escape hides it, and the link leads to the term on /begrippen/.
/// </summary>
public sealed class GlossaryTooltipTests(BrowserFixture fixture) : ScenarioTest(fixture)
{
    private const string Empathy = "Het vermogen je in te leven in wat een ander voelt en denkt.";
    private const string Distance = "Een zekere afstand tot een persoon of situatie, zodat je helder blijft oordelen.";
    private static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };

    // Is any line box of the term under the tooltip?
    private const string Covers = """
        term => {
          const tip = document.getElementById('glossary-tooltip').getBoundingClientRect();
          return Array.from(term.getClientRects()).some(r => r.left < tip.right && tip.left < r.right && r.top < tip.bottom && tip.top < r.bottom);
        }
        """;

    // The space between the tooltip and the nearest line of the term: it belongs to the term, 6px away.
    private const string GapToTerm = """
        term => {
          const tip = document.getElementById('glossary-tooltip');
          const box = tip.getBoundingClientRect();
          const lines = Array.from(term.getClientRects());
          return tip.classList.contains('is-above') ? lines[0].top - box.bottom : box.top - lines[lines.length - 1].bottom;
        }
        """;

    // Does the tooltip lie wholly inside the window?
    private const string Fits = """
        () => {
          const tip = document.getElementById('glossary-tooltip').getBoundingClientRect();
          return tip.left >= 0 && tip.top >= 0 && tip.right <= document.documentElement.clientWidth && tip.bottom <= window.innerHeight;
        }
        """;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Hovering_a_term_shows_its_definition_below_it_without_covering_it(bool phone)
    {
        using var site = NewSite();
        var (page, problems) = await OpenWatchedAsync("", await ServeAsync(site), new() { ViewportSize = phone ? Phone : Desktop });
        var term = page.GetByRole(AriaRole.Link, new() { Name = "empathie" });
        var tooltip = page.GetByRole(AriaRole.Tooltip);

        await term.HoverAsync();

        await Expect(tooltip).ToHaveTextAsync(Empathy);
        await Expect(term).ToHaveAttributeAsync("aria-describedby", "glossary-tooltip");
        await Expect(tooltip).Not.ToHaveClassAsync("glossary-tooltip is-above");
        Assert.False(await term.EvaluateAsync<bool>(Covers), "the tooltip covers the term");
        Assert.InRange(await term.EvaluateAsync<double>(GapToTerm), 0, 8);
        Assert.True(await page.EvaluateAsync<bool>(Fits), "the tooltip sticks out of the window");
        await AssertNoProblemsAsync(problems);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Near_the_bottom_of_the_window_the_tooltip_opens_above_the_term_without_covering_it(bool phone)
    {
        using var site = NewSite();
        var (page, problems) = await OpenWatchedAsync("", await ServeAsync(site), new() { ViewportSize = phone ? Phone : Desktop });
        var term = page.GetByRole(AriaRole.Link, new() { Name = "distantie" });
        await term.EvaluateAsync("term => term.scrollIntoView({ block: 'end' })");

        await term.HoverAsync();

        var tooltip = page.GetByRole(AriaRole.Tooltip);
        await Expect(tooltip).ToHaveTextAsync(Distance);
        await Expect(tooltip).ToHaveClassAsync("glossary-tooltip is-above");
        Assert.False(await term.EvaluateAsync<bool>(Covers), "the tooltip covers the term");
        Assert.InRange(await term.EvaluateAsync<double>(GapToTerm), 0, 8);
        Assert.True(await page.EvaluateAsync<bool>(Fits), "the tooltip sticks out of the window");
        await AssertNoProblemsAsync(problems);
    }

    [Fact]
    public async Task After_a_narrow_tooltip_at_the_right_a_long_one_still_sits_next_to_its_term_at_full_width()
    {
        // A short definition in a right-aligned table cell, then a long one far below: the second tooltip used to be
        // measured where the first had been, squeezed against the right edge, and hung 200px above its term.
        using var site = new TestSite()
            .Write("_glossary.yml", $"- term: Kort\n  definition: Ja.\n- term: Distantie\n  definition: {Distance} {Distance}\n")
            .Page("index.md", "Start", $"| links | rechts |\n| :-- | --: |\n| een wat langere tekst in de cel | kort |\n\n{Filler}Aan het eind nog een woord: distantie.\n");
        var (page, problems) = await OpenWatchedAsync("", await ServeAsync(site), new() { ViewportSize = Phone });
        var tooltip = page.GetByRole(AriaRole.Tooltip);
        await page.GetByRole(AriaRole.Link, new() { Name = "kort" }).HoverAsync();
        await Expect(tooltip).ToHaveTextAsync("Ja.");
        Assert.True(await tooltip.EvaluateAsync<double>("tip => tip.getBoundingClientRect().left") > Phone.Width / 2, "the first tooltip is not at the right");

        var term = page.GetByRole(AriaRole.Link, new() { Name = "distantie" });
        await term.EvaluateAsync("term => term.scrollIntoView({ block: 'end' })");
        await term.HoverAsync();

        await Expect(tooltip).ToContainTextAsync(Distance);
        Assert.InRange(await term.EvaluateAsync<double>(GapToTerm), 0, 8);
        var width = await tooltip.EvaluateAsync<double>("tip => tip.getBoundingClientRect().width");
        Assert.True(width > Phone.Width * 0.8, $"the tooltip is squeezed to {width}px on a {Phone.Width}px screen");
        Assert.True(await page.EvaluateAsync<bool>(Fits), "the tooltip sticks out of the window");
        await AssertNoProblemsAsync(problems);
    }

    [Fact]
    public async Task The_tooltip_stays_open_while_the_pointer_is_on_it_and_closes_once_it_leaves()
    {
        using var site = NewSite();
        var served = await ServeAsync(site);
        var page = await NewPageAsync();
        await page.Clock.InstallAsync(); // the hide delay runs on the test's clock, not on a sleep
        var problems = await PageProblems.WatchAsync(page);
        await GoToAsync(page, "", served);
        var term = page.GetByRole(AriaRole.Link, new() { Name = "empathie" });
        var tooltip = page.GetByRole(AriaRole.Tooltip);

        await term.HoverAsync();
        await Expect(tooltip).ToBeVisibleAsync();
        // Across the gap to the tooltip at a reader's pace: six moves, 50 ms apart.
        var from = await term.BoundingBoxAsync();
        var to = await tooltip.BoundingBoxAsync();
        var x = from!.X + (from.Width / 2);
        for (var step = 1; step <= 6; step++)
        {
            await page.Mouse.MoveAsync(x, from.Y + (from.Height / 2) + ((to!.Y + 10 - from.Y - (from.Height / 2)) * step / 6));
            await page.Clock.RunForAsync(50);
        }

        await page.Clock.RunForAsync(2000);
        await Expect(tooltip).ToBeVisibleAsync();

        await page.Mouse.MoveAsync(1, 1);
        await page.Clock.RunForAsync(2000);
        await Expect(tooltip).ToBeHiddenAsync();
        await Expect(term).Not.ToHaveAttributeAsync("aria-describedby", "glossary-tooltip");
        await AssertNoProblemsAsync(problems);
    }

    [Fact]
    public async Task Escape_hides_the_tooltip_while_the_pointer_stays_on_the_term()
    {
        using var site = NewSite();
        var (page, problems) = await OpenWatchedAsync("", await ServeAsync(site));
        var term = page.GetByRole(AriaRole.Link, new() { Name = "empathie" });
        var tooltip = page.GetByRole(AriaRole.Tooltip);
        await term.HoverAsync();
        await Expect(tooltip).ToBeVisibleAsync();

        await page.Keyboard.PressAsync("Escape");

        await Expect(tooltip).ToBeHiddenAsync();
        await Expect(term).Not.ToHaveAttributeAsync("aria-describedby", "glossary-tooltip");
        await AssertNoProblemsAsync(problems);
    }

    [Fact]
    public async Task Tabbing_to_a_term_shows_the_tooltip_and_describes_the_link_Escape_hides_it_and_Tab_moves_it()
    {
        using var site = NewSite();
        var (page, problems) = await OpenWatchedAsync("", await ServeAsync(site));
        var term = page.GetByRole(AriaRole.Link, new() { Name = "empathie" });
        var tooltip = page.GetByRole(AriaRole.Tooltip);

        await TabToAsync(page, term);

        await Expect(tooltip).ToHaveTextAsync(Empathy);
        await Expect(term).ToHaveAttributeAsync("aria-describedby", "glossary-tooltip");
        await Expect(term).ToHaveAccessibleDescriptionAsync(Empathy);
        Assert.False(await term.EvaluateAsync<bool>(Covers), "the tooltip covers the term");

        await page.Keyboard.PressAsync("Escape");
        await Expect(tooltip).ToBeHiddenAsync();
        await Expect(term).ToBeFocusedAsync();

        var next = page.GetByRole(AriaRole.Link, new() { Name = "distantie" });
        await page.Keyboard.PressAsync("Tab");
        await Expect(next).ToBeFocusedAsync();
        await Expect(tooltip).ToHaveTextAsync(Distance);
        await Expect(next).ToHaveAttributeAsync("aria-describedby", "glossary-tooltip");
        await Expect(term).Not.ToHaveAttributeAsync("aria-describedby", "glossary-tooltip");

        await page.Keyboard.PressAsync("Tab");
        await Expect(tooltip).ToBeHiddenAsync();
        await Expect(next).Not.ToHaveAttributeAsync("aria-describedby", "glossary-tooltip");
        await Expect(term).Not.ToHaveAttributeAsync("aria-describedby", "glossary-tooltip");
        await AssertNoProblemsAsync(problems);
    }

    [Fact]
    public async Task A_term_links_to_its_entry_on_the_glossary_page()
    {
        using var site = NewSite();
        var served = await ServeAsync(site);
        var (page, problems) = await OpenWatchedAsync("", served);

        await page.GetByRole(AriaRole.Link, new() { Name = "distantie" }).ClickAsync();

        await page.WaitForURLAsync(url => served.SitePathOf(url) == "begrippen/");
        Assert.EndsWith("#distantie", page.Url, StringComparison.Ordinal);
        var entry = page.Locator("article.glossary-entry#distantie");
        await Expect(entry).ToBeVisibleAsync();
        await Expect(entry).ToBeInViewportAsync();
        await Expect(entry.Locator("h3")).ToHaveTextAsync("Distantie");
        await Expect(entry).ToContainTextAsync(Distance);
        await AssertNoProblemsAsync(problems);
    }

    [Fact]
    public async Task On_the_real_site_a_term_shows_its_definition_and_leads_to_its_entry()
    {
        var (page, problems) = await OpenWatchedAsync("");
        var term = page.Locator("main a.glossary-term").First;
        var id = await term.GetAttributeAsync("data-term");
        var definition = await term.GetAttributeAsync("data-definition");
        Assert.False(string.IsNullOrWhiteSpace(definition), "the first term on the home page has no definition");

        await term.HoverAsync();
        await Expect(page.GetByRole(AriaRole.Tooltip)).ToHaveTextAsync(definition!);
        Assert.False(await term.EvaluateAsync<bool>(Covers), "the tooltip covers the term");

        await term.ClickAsync();
        await page.WaitForURLAsync(url => Fixture.Site.SitePathOf(url) == "begrippen/");
        await Expect(page.Locator($"article.glossary-entry[id='{id}']")).ToBeInViewportAsync();
        await AssertNoProblemsAsync(problems);
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task An_open_tooltip_has_no_serious_axe_violations(ColorScheme scheme)
    {
        var (page, problems) = await OpenWatchedAsync("basis/", options: new() { ColorScheme = scheme });
        await page.Locator("main a.glossary-term").First.HoverAsync();
        await Expect(page.GetByRole(AriaRole.Tooltip)).ToBeVisibleAsync();

        var violations = (await page.RunAxe()).Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}) {v.Help}: {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}").ToList();

        Assert.True(violations.Count == 0, $"axe-core violations with a tooltip open ({scheme}):\n{string.Join('\n', violations)}");
        await AssertNoProblemsAsync(problems);
    }

    // A page with one term at the top and one at the very end, far below the fold.
    private static TestSite NewSite() => new TestSite()
        .Write("_glossary.yml", $"- term: Empathie\n  definition: {Empathy}\n- term: Distantie\n  definition: {Distance}\n")
        .Page("index.md", "Start", $"Wie met mensen werkt, heeft empathie nodig.\n\n{Filler}Aan het eind nog een woord: distantie.\n");

    private static readonly string Filler = string.Concat(Enumerable.Repeat("Een alinea die ruimte inneemt zodat de pagina lang wordt.\n\n", 40));
}
