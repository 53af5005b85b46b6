using Microsoft.Playwright;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Browser;

/// <summary>
/// The small site the quiz scenarios run on: one page with one quiz of each kind of question, written here so the
/// assertions name texts the test controls. Three questions count towards the score; the reflection does not.
/// </summary>
internal static class QuizScenario
{
    /// <summary>The quiz's id.</summary>
    public const string Id = "proef";

    /// <summary>The first question; change it to make another version of the quiz.</summary>
    public const string Colour = "Welke kleur heeft de lucht op een heldere dag?";

    /// <summary>The questions as the reader sees them.</summary>
    public const string Even = "Welke getallen zijn even?", Water = "Water kookt op zeeniveau bij 100 graden.", Place = "Beschrijf je favoriete plek.";

    /// <summary>The page with the quiz, at the site's home.</summary>
    public static TestSite NewSite(string colour = Colour) =>
        new TestSite().Page("index.md", "Start", $"""
            Een pagina met een quiz.

            ```quiz
            id: {Id}
            title: Proefquiz
            questions:
              - question: {colour}
                options:
                  - text: Groen
                    feedback: Groen is het gras, niet de lucht.
                  - text: Blauw
                    correct: true
                  - text: Paars
                    feedback: Paars zie je hooguit bij zonsondergang.
                explanation: Blauw licht wordt in de lucht het meest verstrooid.
              - question: {Even}
                type: multiple
                options:
                  - text: Vier
                    correct: true
                  - text: Zeven
                    feedback: Zeven is oneven.
                  - text: Zes
                    correct: true
                explanation: Even getallen zijn deelbaar door twee.
              - question: {Water}
                type: truefalse
                answer: true
                explanation: Bij normale luchtdruk klopt dat.
              - question: {Place}
                type: reflection
                model_answer: Bijvoorbeeld het strand bij zonsopgang.
            ```

            """);

    /// <summary>The quiz widget on a page.</summary>
    public static ILocator Quiz(IPage page) => page.Locator($"[data-quiz='{Id}']");

    /// <summary>A question (its fieldset, a group named by its legend).</summary>
    public static ILocator Question(IPage page, string question) =>
        Quiz(page).GetByRole(AriaRole.Group, new() { Name = question });

    /// <summary>The row of an option: its input, verdict and feedback.</summary>
    public static ILocator Option(ILocator question, string option) =>
        question.Locator(".quiz-option").Filter(new() { Has = question.Page.GetByText(option, new() { Exact = true }) });

    /// <summary>
    /// A text of a question as far as the reader sees it: explanations and model answers are written twice, in the
    /// result the script reveals and in the "Toon antwoord" key for readers without JavaScript.
    /// </summary>
    public static ILocator Shown(ILocator question, string text) =>
        question.GetByText(text, new() { Exact = true }).Filter(new() { Visible = true });

    /// <summary>A question's "Controleer" (or "Toon modelantwoord") button.</summary>
    public static ILocator Check(ILocator question, string name = "Controleer") =>
        question.GetByRole(AriaRole.Button, new() { Name = name });

    /// <summary>The score under the quiz ("1 van 3 goed").</summary>
    public static ILocator Score(IPage page) => Quiz(page).Locator(".quiz-total");

    /// <summary>The quiz's live region.</summary>
    public static ILocator Status(IPage page) => Quiz(page).GetByRole(AriaRole.Status);
}
