using System.Net;
using System.Text;

namespace StatiqSite.Quizzes;

/// <summary>A page with quizzes, as the progress page lists it: its title, its link from there, its quizzes.</summary>
/// <param name="Title">The page's title.</param>
/// <param name="Href">The link to the page from <c>/voortgang/</c>.</param>
/// <param name="Quizzes">Its quizzes in page order.</param>
public sealed record ProgressPageEntry(string Title, string Href, IReadOnlyList<QuizEntry> Quizzes);

/// <summary>
/// The body of <c>/voortgang/</c>. Scores, review and reflections live in the reader's browser, so the page holds
/// what the scripts need from the build (every quiz and every question with its key, version and link, hidden)
/// and the places they fill in: the scores, "Herhalen", "Mijn reflecties", the buttons to save, load and print.
/// The parts that need JavaScript are drawn from the first paint when scripts run (class <c>js</c>), with their
/// "nothing yet" texts, so a reader with nothing saved sees no shift. Printed, the page is the reader's portfolio.
/// </summary>
public static class ProgressPageHtml
{
    /// <summary>Renders the body; <paramref name="flashcardsHref"/> links the flashcards when the site has a glossary.</summary>
    public static string Render(IReadOnlyList<ProgressPageEntry> pages, QuizStrings strings, string? flashcardsHref)
    {
        string S(string name) => E(strings[name]);
        var html = new StringBuilder();
        html.Append($"<div class=\"quiz-progress\" data-quiz-progress data-quiz-strings=\"{E(strings.Json)}\">\n")
            .Append($"<p class=\"quiz-progress-nojs\">{S(QuizStrings.ProgressNoScript)}</p>\n")
            .Append("<p class=\"progress-printed\"></p>\n")
            .Append($"<p>{S(QuizStrings.ProgressIntro)}</p>\n<ul class=\"quiz-progress-list\">\n");
        foreach (var page in pages)
        {
            foreach (var quiz in page.Quizzes)
            {
                QuizLine(html, page, quiz);
            }
        }

        html.Append("</ul>\n");
        if (pages.Count == 0)
        {
            html.Append($"<p>{S(QuizStrings.ProgressNone)}</p>\n");
        }

        html.Append("<p class=\"quiz-progress-status\" role=\"status\" aria-live=\"polite\"></p>\n")
            .Append("<div class=\"progress-actions\">\n")
            .Append($"<button type=\"button\" class=\"progress-save\" hidden>{S(QuizStrings.SaveProgress)}</button>\n")
            .Append($"<label class=\"progress-load\" hidden><span class=\"progress-load-label\">{S(QuizStrings.LoadProgress)}</span> ")
            .Append("<input type=\"file\" class=\"progress-load-file\" accept=\".json,application/json\"></label>\n")
            .Append($"<button type=\"button\" class=\"progress-print\" hidden>{S(QuizStrings.PrintPortfolio)}</button>\n")
            .Append($"<button type=\"button\" class=\"quiz-progress-reset\" hidden>{S(QuizStrings.ResetAll)}</button>\n")
            .Append($"</div>\n<p class=\"progress-js progress-load-note\">{S(QuizStrings.LoadNote)}</p>\n");
        Section(html, "herhalen", S(QuizStrings.ReviewTitle), $"<p>{S(QuizStrings.ReviewIntro)}</p>\n<ol class=\"progress-review-list\"></ol>\n"
            + $"<p class=\"progress-review-none\">{S(QuizStrings.ReviewNone)}</p>\n<p class=\"progress-review-later\"></p>\n");
        Section(html, "reflecties", S(QuizStrings.ReflectionsTitle), "<div class=\"progress-reflection-list\"></div>\n"
            + $"<p class=\"progress-reflections-none\">{S(QuizStrings.ReflectionsNone)}</p>\n");
        // Issue #15 adds self-ratings: their section per competency ("Zo schat ik mezelf in") belongs here, after
        // the reflections, so the portfolio shows it too.
        if (flashcardsHref is not null)
        {
            html.Append($"<p class=\"progress-flashcards\"><a href=\"{E(flashcardsHref)}\">{S(QuizStrings.PractiseTerms)}</a></p>\n");
        }

        return html.Append("</div>\n").ToString();
    }

    // A quiz's line: its link, its score (filled in by progress.js) and its questions for review and the portfolio.
    private static void QuizLine(StringBuilder html, ProgressPageEntry page, QuizEntry quiz)
    {
        var url = page.Href + "#" + Quiz.AnchorOf(quiz.Id);
        var label = E(page.Title) + (quiz.Title.Length > 0 ? " · " + E(quiz.Title) : "");
        html.Append($"<li data-quiz-id=\"{quiz.Id}\" data-quiz-version=\"{quiz.Version}\" data-quiz-total=\"{quiz.Scored}\">")
            .Append($"<a href=\"{E(url)}\">{label}</a> <span class=\"quiz-progress-score\"></span>\n<ul class=\"quiz-progress-questions\" hidden>\n");
        foreach (var question in quiz.Questions)
        {
            html.Append($"<li data-question-key=\"{question.Key}\" data-question-version=\"{question.Version}\" data-type=\"{question.Type}\">")
                .Append($"<a href=\"{E(page.Href + "#" + question.Anchor)}\">{E(question.Text)}</a></li>\n");
        }

        html.Append("</ul></li>\n");
    }

    private static void Section(StringBuilder html, string id, string title, string body) =>
        html.Append($"<section class=\"progress-js progress-{id}\" aria-labelledby=\"{id}\">\n<h2 id=\"{id}\">{title}</h2>\n{body}</section>\n");

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
