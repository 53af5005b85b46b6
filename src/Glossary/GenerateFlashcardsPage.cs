using System.Collections.Immutable;
using System.Net;
using System.Text;
using StatiqSite.Build;
using StatiqSite.Content;
using StatiqSite.Modules;
using StatiqSite.Pipeline;
using StatiqSite.Quizzes;

namespace StatiqSite.Glossary;

/// <summary>
/// Adds <c>begrippen/oefenen/index.html</c> ("Begrippen oefenen") when the glossary has terms: every term with its
/// definition and behaviours in a <c>&lt;details&gt;</c>, readable without JavaScript; <c>js/flashcards.js</c> turns
/// the list into flashcards, one term at a time, sorted into Leitner boxes kept with the reader's progress.
/// Runs in post-process of Special, like the progress page (a personal exercise: not in the sitemap or navigation).
/// Reads: the glossary. Writes: <see cref="Keys.Title"/>, <see cref="Keys.PageAssets"/>, <see cref="Keys.Hidden"/>.
/// </summary>
public sealed class GenerateFlashcardsPage : Module
{
    /// <summary>Where the page is written.</summary>
    public const string Destination = "begrippen/oefenen/index.html";

    /// <summary>The theme assets of the page: the glossary stylesheet, the progress store and the flashcards' script.</summary>
    public static readonly ImmutableSortedSet<string> Assets = ImmutableSortedSet.Create(StringComparer.Ordinal, LinkGlossaryTerms.Stylesheet, "js/flashcards.js", "js/progress-store.js");

    /// <inheritdoc />
    protected override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var glossary = context.Glossary();
        if (glossary.Terms.IsEmpty || context.QuizStrings() is not { } strings)
        {
            return inputs; // without strings ReadThemeStrings has reported the theme's problem already
        }

        return inputs.Add(new Document { Destination = Destination, Content = Render(glossary, strings) }
            .With(Keys.Title, strings[QuizStrings.FlashcardsTitle])
            .With(Keys.PageAssets, Assets)
            .With(Keys.Hidden, true));
    }

    /// <summary>The page body: the terms in Dutch order, and the card the script shows one term at a time in.</summary>
    public static string Render(GlossaryTerms glossary, QuizStrings strings)
    {
        string S(string name) => WebUtility.HtmlEncode(strings[name]);
        var html = new StringBuilder();
        html.Append($"<div class=\"flashcards\" data-flashcards data-quiz-strings=\"{WebUtility.HtmlEncode(strings.Json)}\">\n")
            .Append($"<p>{S(QuizStrings.FlashcardsIntro)}</p>\n<p class=\"flashcards-nojs\">{S(QuizStrings.FlashcardsNoScript)}</p>\n")
            .Append("<div class=\"flashcards-card\">\n<p class=\"flashcards-left\" role=\"status\" aria-live=\"polite\"></p>\n")
            .Append("<h2 class=\"flashcards-term\" tabindex=\"-1\"></h2>\n<div class=\"flashcards-meaning\" hidden></div>\n")
            .Append($"<div class=\"flashcards-buttons\"><button type=\"button\" class=\"flashcards-show\">{S(QuizStrings.ShowMeaning)}</button>\n")
            .Append($"<button type=\"button\" class=\"flashcards-knew\" hidden>{S(QuizStrings.KnewIt)}</button>\n")
            .Append($"<button type=\"button\" class=\"flashcards-not-yet\" hidden>{S(QuizStrings.NotYet)}</button></div>\n</div>\n")
            .Append("<ul class=\"flashcards-list\">\n");
        foreach (var term in glossary.Terms.OrderBy(t => t.Term, DutchSort.Instance))
        {
            html.Append($"<li data-term-id=\"{term.Id}\"><details><summary>{WebUtility.HtmlEncode(term.Term)}</summary>\n<div class=\"flashcards-answer\">\n")
                .Append("<div class=\"glossary-definition\">").Append(term.DefinitionHtml).Append("</div>\n");
            if (term.Behaviours.Length > 0)
            {
                html.Append($"<p class=\"flashcards-behaviours-title\">{S(QuizStrings.Behaviours)}</p>\n<ul class=\"glossary-behaviours\">\n");
                foreach (var behaviour in term.Behaviours)
                {
                    html.Append("<li>").Append(WebUtility.HtmlEncode(behaviour)).Append("</li>\n");
                }

                html.Append("</ul>\n");
            }

            html.Append("</div>\n</details></li>\n");
        }

        return html.Append("</ul>\n</div>\n").ToString();
    }
}
