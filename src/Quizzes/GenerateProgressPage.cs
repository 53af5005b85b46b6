using System.Collections.Immutable;
using System.Text.Json;
using StatiqSite.Content;
using StatiqSite.Glossary;
using StatiqSite.Pipeline;
using StatiqSite.Theme;

namespace StatiqSite.Quizzes;

/// <summary>
/// Adds <c>voortgang/index.html</c> ("Mijn voortgang"): every quiz of the site in reading order, linked to its
/// widget, with what <c>js/progress.js</c> needs to fill in scores, "Herhalen" and reflections, save, load, print
/// and reset. The body is the theme's <c>partials/progress/page.liquid</c> with a <see cref="ProgressPageModel"/>;
/// the page's layout wraps it like any page. Runs in post-process, before the layout, as it reads every page.
/// Reads: <see cref="QuizKeys.Quizzes"/>, <see cref="Keys.Title"/>. Writes: <see cref="Keys.Title"/>,
/// <see cref="Keys.PageAssets"/>, <see cref="Keys.Hidden"/> (a personal page: not in the sitemap).
/// </summary>
public sealed class GenerateProgressPage : Module
{
    /// <summary>Where the page is written.</summary>
    public const string Destination = "voortgang/index.html";

    /// <summary>The theme partial that writes the page's body.</summary>
    public const string Partial = "progress/page";

    /// <summary>The theme assets of the page: the quiz and self-rating stylesheets, the progress store and the page's own script.</summary>
    public static readonly ImmutableSortedSet<string> Assets =
        ImmutableSortedSet.Create(StringComparer.Ordinal, "css/quiz.css", Kinds.SelfRatingKind.Stylesheet, "js/progress-store.js", "js/progress.js");

    /// <inheritdoc />
    protected override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        if (context.QuizStrings() is not { } strings)
        {
            return inputs; // ReadThemeStrings reported the theme's problem
        }

        // The theme's own errors are reported by ReadTheme; a theme without the partial is one of them here.
        if (context.Theme() is not { } theme)
        {
            return inputs;
        }

        if (!theme.HasPartial(Partial))
        {
            context.Diagnostics.Error(Path.Combine(context.Settings.ThemeDirectory, "partials"), 1, 1, $"theme error: the theme has no partial {Partial}.liquid for /voortgang/");
            return inputs;
        }

        var pages = context.OutputsOf(PipelineNames.Content);
        var navigation = new NavigationTree(pages);
        var withQuizzes = pages.Where(p => p.GetList(QuizKeys.Quizzes).Length > 0)
            .OrderBy(p => navigation.Find(p.Destination)?.Index ?? int.MaxValue)
            .ThenBy(p => p.Destination, StringComparer.Ordinal)
            .ToList();
        var quizzes = withQuizzes.SelectMany(p => p.GetList(QuizKeys.Quizzes).Select(q => QuizOf(p, q))).ToList();
        var flashcards = context.Glossary().Terms.IsEmpty ? null : PageUrls.Relative(Destination, GenerateFlashcardsPage.Destination);
        var model = new ProgressPageModel(strings.Values, strings.Json, quizzes, flashcards, SelfRatingsOf(withQuizzes));
        return inputs.Add(new Document { Destination = Destination, Content = theme.RenderPartial(Partial, model) }
            .With(Keys.Title, strings[QuizStrings.ProgressTitle])
            .With(Keys.PageAssets, Assets)
            .With(Keys.Hidden, true));
    }

    // The self-ratings grouped by competency (a rating of its own statements is a group of its own), in reading order.
    private static List<ProgressCompetency> SelfRatingsOf(IEnumerable<Document> pages)
    {
        var ratings = from page in pages
                      from quiz in page.GetList(QuizKeys.Quizzes)
                      from question in quiz.Questions
                      where question.SelfRating is not null
                      let rating = question.SelfRating!
                      let href = PageUrls.Relative(Destination, page.Destination) + "#" + question.Anchor
                      select (Key: rating.CompetencyId ?? quiz.Id + "/" + question.Key, rating.Competency, Rating: new ProgressSelfRating(
                          quiz.Id, question.Key, question.Version, href, question.Text, JsonSerializer.Serialize(rating.Scale, SiteJson.Default.ImmutableArrayString), rating.Statements));
        return [.. ratings.GroupBy(r => r.Key, StringComparer.Ordinal)
            .Select(g => new ProgressCompetency(g.Key, g.First().Competency, [.. g.Select(r => r.Rating)]))];
    }

    private static ProgressQuiz QuizOf(Document page, QuizEntry quiz)
    {
        var title = page.Get(Keys.Title) ?? page.Destination;
        var href = PageUrls.Relative(Destination, page.Destination);
        return new ProgressQuiz(
            quiz.Id,
            quiz.Version,
            quiz.Scored,
            href + "#" + Quiz.AnchorOf(quiz.Id),
            quiz.Title.Length > 0 ? title + " · " + quiz.Title : title,
            [.. quiz.Questions.Select(q => new ProgressQuestion(q.Key, q.Version, q.Type, href + "#" + q.Anchor, q.Text))]);
    }
}
