using System.Collections.Immutable;
using StatiqSite.Content;
using StatiqSite.Glossary;
using StatiqSite.Pipeline;

namespace StatiqSite.Quizzes;

/// <summary>
/// Adds <c>voortgang/index.html</c> ("Mijn voortgang"): every quiz of the site in reading order, linked to its
/// widget, with what <c>js/progress.js</c> needs to fill in scores, "Herhalen" and reflections, save, load, print
/// and reset (see <see cref="ProgressPageHtml"/>); without JavaScript the page says so. Runs in post-process, before the layout, as it reads every page.
/// Reads: <see cref="QuizKeys.Quizzes"/>, <see cref="Keys.Title"/>. Writes: <see cref="Keys.Title"/>,
/// <see cref="Keys.PageAssets"/>, <see cref="Keys.Hidden"/> (a personal page: not in the sitemap).
/// </summary>
public sealed class GenerateProgressPage : Module
{
    /// <summary>Where the page is written.</summary>
    public const string Destination = "voortgang/index.html";

    /// <summary>The theme assets of the page: the quiz stylesheet, the progress store and the page's own script.</summary>
    public static readonly ImmutableSortedSet<string> Assets = ImmutableSortedSet.Create(StringComparer.Ordinal, "css/quiz.css", "js/progress-store.js", "js/progress.js");

    /// <inheritdoc />
    protected override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        if (context.QuizStrings() is not { } strings)
        {
            return inputs; // ReadQuizStrings reported the theme's problem
        }

        var pages = context.OutputsOf(PipelineNames.Content);
        var navigation = new NavigationTree(pages);
        var withQuizzes = pages.Where(p => p.GetList(QuizKeys.Quizzes).Length > 0)
            .OrderBy(p => navigation.Find(p.Destination)?.Index ?? int.MaxValue)
            .ThenBy(p => p.Destination, StringComparer.Ordinal);
        var entries = withQuizzes.Select(p => new ProgressPageEntry(p.Get(Keys.Title) ?? p.Destination, PageUrls.Relative(Destination, p.Destination), p.GetList(QuizKeys.Quizzes))).ToList();
        var flashcards = context.Glossary().Terms.IsEmpty ? null : PageUrls.Relative(Destination, GenerateFlashcardsPage.Destination);
        return inputs.Add(new Document { Destination = Destination, Content = ProgressPageHtml.Render(entries, strings, flashcards) }
            .With(Keys.Title, strings[QuizStrings.ProgressTitle])
            .With(Keys.PageAssets, Assets)
            .With(Keys.Hidden, true));
    }
}
