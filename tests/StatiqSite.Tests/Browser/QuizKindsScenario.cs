using Microsoft.Playwright;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Browser;

/// <summary>A page with one question of each newer kind (ordering, gaps, matching) and a shuffled single question.</summary>
internal static class QuizKindsScenario
{
    public const string Id = "soorten";

    public const string Steps = "Zet de stappen in de juiste volgorde.", Sentence = "Vul de zin aan.", Pairs = "Koppel elk begrip.", Colour = "Welke kleur heeft de lucht?";

    /// <summary>The steps in the right order.</summary>
    public static readonly string[] Order = ["Signalen opschrijven", "Overleggen met een collega", "Beslissen over hulp"];

    public static TestSite NewSite() =>
        new TestSite().Page("index.md", "Start", $"""
            Een pagina met de nieuwere soorten vragen.

            ```quiz
            id: {Id}
            questions:
              - question: {Steps}
                type: ordering
                items: [{string.Join(", ", Order)}]
              - question: {Sentence}
                type: gaps
                text: Een [competentie] zie je aan je [gedrag|handelen].
              - question: {Pairs}
                type: matching
                pairs:
                  - left: Empathie
                    right: Je inleven in een ander.
                  - left: Distantie
                    right: Een gezonde afstand.
                  - left: Grens
                    right: Wat je wel en niet doet.
              - question: {Colour}
                shuffle: true
                options:
                  - text: Groen
                  - text: Blauw
                    correct: true
                  - text: Rood
                  - text: Geel
            ```

            """);

    public static ILocator Question(IPage page, string question) =>
        page.Locator($"[data-quiz='{Id}']").GetByRole(AriaRole.Group, new() { Name = question });

    public static ILocator Status(IPage page) => page.Locator($"[data-quiz='{Id}']").GetByRole(AriaRole.Status);

    public static ILocator Check(ILocator question) => question.GetByRole(AriaRole.Button, new() { Name = "Controleer" });

    /// <summary>The visible texts of the ordering question's items, top to bottom.</summary>
    public static Task<IReadOnlyList<string>> ItemsAsync(IPage page) =>
        Question(page, Steps).Locator(".quiz-order-text").AllTextContentsAsync();

    /// <summary>The "Omhoog" or "Omlaag" button of an item.</summary>
    public static ILocator Move(IPage page, string item, bool up) =>
        Question(page, Steps).GetByRole(AriaRole.Button, new() { Name = $"{(up ? "Omhoog" : "Omlaag")} {item}", Exact = true });
}
