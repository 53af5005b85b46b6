using Microsoft.Playwright;
using StatiqSite.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace StatiqSite.Tests.Browser;

/// <summary>
/// /begrippen/oefenen/: one glossary term at a time, by keyboard; "Ik wist het" / "Nog niet" sort it into Leitner
/// boxes kept with the progress; without JavaScript every term with its meaning in a details element.
/// </summary>
public sealed class FlashcardsTests(BrowserFixture fixture) : ScenarioTest(fixture)
{
    private const string Flashcards = "begrippen/oefenen/";

    [Fact]
    public async Task A_reader_goes_through_the_cards_by_keyboard_and_what_they_did_not_know_comes_again()
    {
        using var site = NewSite();
        var served = await ServeAsync(site);
        var (page, problems) = await OpenWatchedAsync(Flashcards, served);
        var term = page.Locator(".flashcards-term");
        await Expect(term).ToHaveTextAsync("Afstand");
        await Expect(page.GetByText("Nog 2 te gaan.")).ToBeVisibleAsync();
        await Expect(page.GetByText("Ruimte tussen jou en de ander.")).ToBeHiddenAsync();

        await TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Toon betekenis" }));
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator(".flashcards-meaning").GetByText("Ruimte tussen jou en de ander.")).ToBeVisibleAsync();
        await Expect(page.Locator(".flashcards-meaning").GetByText("Benoemt een grens.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Ik wist het" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter"); // "Nog niet"

        await Expect(term).ToHaveTextAsync("Empathie");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Toon betekenis" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Enter"); // "Ik wist het"
        await Expect(term).ToHaveTextAsync("Afstand");
        await Expect(page.GetByText("Nog 1 te gaan.")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByText("Je hebt alle begrippen voor nu geoefend.", new() { Exact = false })).ToBeFocusedAsync();

        await page.ReloadAsync();
        await Expect(page.GetByText("Je hebt alle begrippen voor nu geoefend.", new() { Exact = false })).ToBeVisibleAsync();
        var saved = await page.EvaluateAsync<string>("() => localStorage.getItem('oefenen:begrippen')");
        Assert.Contains("\"afstand\":{\"box\":2", saved, StringComparison.Ordinal);
        Assert.Contains("\"empathie\":{\"box\":2", saved, StringComparison.Ordinal);
        await AssertNoProblemsAsync(problems);
    }

    [Fact]
    public async Task Without_JavaScript_every_term_is_listed_with_its_meaning_in_a_details()
    {
        using var site = NewSite();
        var page = await NewPageAsync(new() { JavaScriptEnabled = false });
        await GoToAsync(page, Flashcards, await ServeAsync(site));

        await Expect(page.Locator("details summary")).ToHaveTextAsync(["Afstand", "Empathie"]);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Toon betekenis" })).ToBeHiddenAsync();
        await page.Locator("summary", new() { HasText = "Empathie" }).ClickAsync();
        await Expect(page.GetByText("Je inleven in een ander.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_glossary_and_the_progress_page_link_to_the_flashcards()
    {
        using var site = NewSite();
        var served = await ServeAsync(site);
        var (page, problems) = await OpenWatchedAsync("begrippen/", served);

        await page.GetByRole(AriaRole.Link, new() { Name = "Oefen de begrippen met flashcards" }).ClickAsync();
        await page.WaitForURLAsync(url => served.SitePathOf(url) == Flashcards);
        await GoToAsync(page, ProgressTests.Progress, served);
        await page.GetByRole(AriaRole.Link, new() { Name = "Oefen de begrippen" }).ClickAsync();
        await page.WaitForURLAsync(url => served.SitePathOf(url) == Flashcards);
        await AssertNoProblemsAsync(problems);
    }

    private static TestSite NewSite() => QuizScenario.NewSite()
        .Page("woorden.md", "Woorden", "Over afstand en empathie.\n")
        .Write("_glossary.yml", """
            - term: Empathie
              definition: Je inleven in een ander.
            - term: Afstand
              definition: Ruimte tussen jou en de ander.
              behaviours:
                - Benoemt een grens.
            """);
}
