using System.Collections.Immutable;
using System.Text;
using StatiqSite.Content;
using StatiqSite.Pipeline;

namespace StatiqSite.Quizzes;

/// <summary>
/// Adds <c>voortgang/index.html</c> ("Mijn voortgang"): every quiz of the site in reading order, linked to its
/// widget. Scores live in the reader's browser, so <c>js/quiz.js</c> fills them in and offers to reset them; without
/// JavaScript the page says so. Runs in post-process, before the layout, as it reads every page.
/// Reads: <see cref="QuizKeys.Quizzes"/>, <see cref="Keys.Title"/>. Writes: <see cref="Keys.Title"/>,
/// <see cref="Keys.PageAssets"/>, <see cref="Keys.Hidden"/> (a personal page: not in the sitemap).
/// </summary>
public sealed class GenerateProgressPage : Module
{
    /// <summary>Where the page is written.</summary>
    public const string Destination = "voortgang/index.html";

    /// <inheritdoc />
    protected override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var language = context.Site().Language;
        var (strings, error) = QuizStrings.Load(context.Settings.ThemeDirectory, language);
        if (strings is null)
        {
            context.Diagnostics.Error(Path.Combine(context.Settings.ThemeDirectory, "strings"), 1, 1, $"theme error: {error}");
            return inputs;
        }

        var pages = context.OutputsOf(PipelineNames.Content);
        var navigation = new NavigationTree(pages);
        var withQuizzes = pages.Where(p => p.GetList(QuizKeys.Quizzes).Length > 0)
            .OrderBy(p => navigation.Find(p.Destination)?.Index ?? int.MaxValue)
            .ThenBy(p => p.Destination, StringComparer.Ordinal);
        return inputs.Add(new Document { Destination = Destination, Content = Render(withQuizzes, strings) }
            .With(Keys.Title, strings[QuizStrings.ProgressTitle])
            .With(Keys.PageAssets, ReadQuizBlocks.Assets)
            .With(Keys.Hidden, true));
    }

    private static string Render(IEnumerable<Document> pages, QuizStrings strings)
    {
        static string E(string text) => System.Net.WebUtility.HtmlEncode(text);
        var html = new StringBuilder();
        html.Append($"<div class=\"quiz-progress\" data-quiz-progress data-quiz-strings=\"{E(strings.Json)}\">\n")
            .Append($"<p class=\"quiz-progress-nojs\">{E(strings[QuizStrings.ProgressNoScript])}</p>\n")
            .Append($"<p>{E(strings[QuizStrings.ProgressIntro])}</p>\n<ul class=\"quiz-progress-list\">\n");
        var any = false;
        foreach (var page in pages)
        {
            foreach (var quiz in page.GetList(QuizKeys.Quizzes))
            {
                any = true;
                var url = PageUrls.Relative(Destination, page.Destination) + "#" + Quiz.AnchorOf(quiz.Id);
                var label = E(page.Get(Keys.Title) ?? page.Destination) + (quiz.Title.Length > 0 ? " · " + E(quiz.Title) : "");
                html.Append($"<li data-quiz-id=\"{quiz.Id}\" data-quiz-version=\"{quiz.Version}\" data-quiz-total=\"{quiz.Scored}\">")
                    .Append($"<a href=\"{E(url)}\">{label}</a> <span class=\"quiz-progress-score\"></span></li>\n");
            }
        }

        html.Append("</ul>\n");
        if (!any)
        {
            html.Append($"<p>{E(strings[QuizStrings.ProgressNone])}</p>\n");
        }

        html.Append("<p class=\"quiz-progress-status\" role=\"status\" aria-live=\"polite\"></p>\n")
            .Append($"<button type=\"button\" class=\"quiz-progress-reset\" hidden>{E(strings[QuizStrings.ResetAll])}</button>\n</div>\n");
        return html.ToString();
    }
}
