using System.Text.Json;
using Microsoft.Playwright;
using StatiqSite.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace StatiqSite.Tests.Browser;

/// <summary>
/// The search box in the header (theme/partials/search.liquid, theme/assets/js/search.js) on a small site made for
/// it: results as you type, Dutch folding and stemming, keyboard use, and the no-JavaScript fallback.
/// Drop-in for the browser harness: move to tests/StatiqSite.Tests/Browser/SearchTests.cs (see docs/search.md).
/// </summary>
public sealed class SearchTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Box = "#zoekveld";
    private const string Results = "#zoekresultaten";

    private static TestSite SearchSite() => new TestSite()
        .Page("index.md", "Start", "Welkom op de site.\n")
        .Page("basis/grenzen.md", "Grenzen stellen", "Een grens stellen is lastig.\n\n## Reële verwachtingen\n\nWees eerlijk over wat je kunt.\n")
        .Page("basis/afspraken.md", "Afspraken maken", "Maak een afspraak met de cliënt.\n\n## Code\n\nSchrijf `<img src=x onerror=alert(1)>` nooit zomaar op.\n");

    private async Task<IPage> OpenSearchSiteAsync(BrowserNewContextOptions? options = null)
    {
        var server = await ServeAsync(SearchSite());
        var page = await NewPageAsync(options);
        await GoToAsync(page, "basis/afspraken/", server);
        return page;
    }

    private static async Task TypeAsync(IPage page, string text)
    {
        await page.Keyboard.PressAsync("/");
        await Expect(page.Locator(Box)).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(text);
    }

    [Fact]
    public async Task Typing_a_word_lists_the_page_with_the_word_marked_and_announces_the_count()
    {
        var page = await OpenSearchSiteAsync();

        await TypeAsync(page, "grenzen");

        var first = page.Locator($"{Results} a").First;
        await Expect(first).ToContainTextAsync("Grenzen stellen");
        await Expect(first.Locator("mark").First).ToHaveTextAsync("Grenzen");
        await Expect(page.Locator(".site-search [role=status]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+ resultat?en$|^1 resultaat$"));
    }

    [Fact]
    public async Task Accents_and_case_do_not_matter()
    {
        var page = await OpenSearchSiteAsync();

        await TypeAsync(page, "REELE verwachting");

        var first = page.Locator($"{Results} a").First;
        await Expect(first).ToContainTextAsync("Reële verwachtingen");
        await Expect(first.Locator("mark").First).ToHaveTextAsync("Reële");
        Assert.EndsWith("basis/grenzen/index.html#re%C3%ABle-verwachtingen", await first.GetAttributeAsync("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Arrow_keys_move_through_the_results_and_Enter_opens_one()
    {
        var page = await OpenSearchSiteAsync();
        // The whole word at once (one input event), so no results of a prefix typed on the way arrive late.
        await page.Keyboard.PressAsync("/");
        await page.Locator(Box).FillAsync("grens");
        var links = page.Locator($"{Results} a");
        await Expect(links.First).ToBeVisibleAsync();

        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(links.First).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowUp");
        await Expect(page.Locator(Box)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        var target = await links.First.EvaluateAsync<string>("a => a.href");
        await page.Keyboard.PressAsync("Enter");

        // A web-first assertion, which polls: WaitForURLAsync listens for the navigation event and missed it about
        // every other run when the key press had already started the navigation (it failed CI once). Element actions
        // (ClickAsync, a locator's PressAsync) wait for a navigation they start; the low-level Keyboard does not.
        await Expect(page).ToHaveURLAsync(target);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Grenzen stellen");
    }

    [Fact]
    public async Task Escape_closes_the_results_and_keeps_focus_in_the_box()
    {
        var page = await OpenSearchSiteAsync();
        await TypeAsync(page, "afspraak");
        await Expect(page.Locator(Results)).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("ArrowDown");

        await page.Keyboard.PressAsync("Escape");

        await Expect(page.Locator(Results)).ToBeHiddenAsync();
        await Expect(page.Locator(Box)).ToBeFocusedAsync();
    }

    [Fact]
    public async Task A_word_that_is_nowhere_says_so_in_Dutch()
    {
        var page = await OpenSearchSiteAsync();

        await TypeAsync(page, "qwertyuiop");

        await Expect(page.Locator(".site-search [role=status]")).ToHaveTextAsync("Geen resultaten voor “qwertyuiop”");
        await Expect(page.Locator(Results)).ToBeHiddenAsync();
    }

    [Fact]
    public async Task The_index_is_fetched_on_first_focus_not_on_page_load()
    {
        var page = await NewPageAsync();
        var fetched = new List<string>();
        page.Request += (_, request) => fetched.Add(request.Url);
        var server = await ServeAsync(SearchSite());

        await GoToAsync(page, "basis/afspraken/", server);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.DoesNotContain(fetched, u => u.Contains("/search/", StringComparison.Ordinal));

        await page.FocusAsync(Box);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Contains(fetched, u => u.EndsWith("/search/index.js", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Text_from_the_index_is_shown_as_text_never_as_HTML()
    {
        var page = await OpenSearchSiteAsync();

        await TypeAsync(page, "onerror");

        await Expect(page.Locator($"{Results} a").First).ToContainTextAsync("<img src=x onerror=alert(1)>");
        Assert.Equal(0, await page.Locator($"{Results} img").CountAsync());
    }

    [Fact]
    public async Task Without_JavaScript_the_form_goes_to_the_list_of_all_pages()
    {
        var page = await OpenSearchSiteAsync(new() { JavaScriptEnabled = false });

        await page.FillAsync(Box, "grenzen");
        await page.PressAsync(Box, "Enter");

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/zoeken/index\.html\?q=grenzen$"));
        await Expect(page.Locator("main .prose a", new() { HasText = "Grenzen stellen" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task On_the_real_site_glossary_terms_and_quiz_questions_are_found()
    {
        var page = await OpenAsync("basis/");

        await TypeAsync(page, "empathie");
        var term = page.Locator($"{Results} a", new() { HasText = "Begrip" }).First;
        await Expect(term).ToContainTextAsync("Empathie");
        Assert.EndsWith("begrippen/index.html#empathie", await term.GetAttributeAsync("href"), StringComparison.Ordinal);

        await page.FillAsync(Box, "drie begrippen evenwicht");
        var question = page.Locator($"{Results} a", new() { HasText = "Quizvraag" }).First;
        await Expect(question).ToContainTextAsync("Welke drie begrippen moeten samen in evenwicht zijn");
        Assert.Matches("basis/index.html#quiz-", await question.GetAttributeAsync("href"));
    }

    [Fact]
    public async Task The_browser_makes_the_same_terms_as_the_generator()
    {
        var page = await OpenSearchSiteAsync();
        var table = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Search", "normalisation.json"));
        var stopWords = StatiqSite.Search.StopWords.All;

        var differences = await page.EvaluateAsync<string[]>(
            """
            ([table, stopWords]) => {
              const search = window.siteSearch;
              const stops = new Set(stopWords);
              return JSON.parse(table)
                .map(({ text, terms }) => [text, terms, search.words(text).map(([, , w]) => search.termOf(w, stops)).filter((t) => t !== null)])
                .filter(([, want, got]) => JSON.stringify(want) !== JSON.stringify(got))
                .map(([text, want, got]) => `${text}: want ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
            }
            """,
            new object[] { table, stopWords });

        Assert.Empty(differences);
    }
}
