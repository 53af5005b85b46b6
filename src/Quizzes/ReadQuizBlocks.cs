using System.Collections.Immutable;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StatiqSite.Content;
using StatiqSite.Glossary;
using StatiqSite.Markdown;
using StatiqSite.Quizzes.Kinds;
using StatiqSite.Theme;

namespace StatiqSite.Quizzes;

/// <summary>
/// Reads every <c>```quiz</c> block of a page with <see cref="QuizReader"/>, reports its problems at their lines in
/// the page file, checks its texts against the <see cref="ContentPolicy"/> (URLs, <c>{...}</c> attributes), gives it its
/// default id (<c>&lt;page-slug&gt;-&lt;n&gt;</c>), rewrites the links in its texts like
/// <see cref="RewriteLinks"/> does, and replaces the block with a <see cref="QuizBlock"/> for the renderer.
/// Runs after RewriteLinks. Writes: <see cref="QuizKeys.Quizzes"/>, <see cref="Keys.PageAssets"/> (the quiz CSS and JS, and what its questions' kinds
/// need besides: <see cref="IQuestionKind.Assets"/>), <see cref="Keys.Anchors"/> (the widget ids), <see cref="QuizKeys.Read"/> (the typed quizzes), and adds to <see cref="Keys.Links"/>.
/// </summary>
public sealed class ReadQuizBlocks : IMarkdownStep
{
    /// <summary>The theme assets a page with a quiz needs.</summary>
    public static readonly ImmutableSortedSet<string> Assets = ImmutableSortedSet.Create(StringComparer.Ordinal, "css/quiz.css", "js/progress-store.js", "js/quiz.js");

    /// <inheritdoc />
    public void Run(MarkdownDocument syntax, MarkdownPage page)
    {
        var blocks = syntax.Descendants<FencedCodeBlock>().Where(QuizSyntax.IsQuiz).ToList();
        if (blocks.Count == 0)
        {
            return;
        }

        var context = page.Context ?? throw new InvalidOperationException("Quiz blocks are rendered within a build: MarkdownPage.Context is needed.");
        var strings = context.QuizStrings();
        var theme = context.Theme(); // its problems are reported by ReadTheme
        var entries = ImmutableArray.CreateBuilder<QuizEntry>();
        var read = ImmutableArray.CreateBuilder<Quiz>();
        var links = page.Metadata.GetList(Keys.Links).ToBuilder();
        var assets = (page.Metadata.Get(Keys.PageAssets) ?? ImmutableSortedSet<string>.Empty.WithComparer(StringComparer.Ordinal)).Union(Assets).ToBuilder();
        for (var n = 1; n <= blocks.Count; n++)
        {
            var block = blocks[n - 1];
            var quiz = QuizReader.Read(block.Lines.ToString(), page.FileLine(block.Line + 1), block.Column, out var problems, page.Context?.Glossary());
            foreach (var problem in problems)
            {
                BlockTexts.Report(page, problem.Line, problem.Column, problem.Message);
            }

            if (quiz is null)
            {
                continue;
            }

            BlockTexts.CheckPolicy(quiz.Texts(), page);
            quiz = quiz with { Id = quiz.Id ?? $"{BlockTexts.DefaultIdOf(page.Document.Source!)}-{n}" };
            entries.Add(new QuizEntry(quiz.Id!, quiz.Title is null ? "" : PlainText.Of(quiz.Title.Syntax.Descendants<ParagraphBlock>().FirstOrDefault()?.Inline),
                quiz.Line, quiz.Column, quiz.Version, quiz.Scored, QuestionsOf(quiz)));
            assets.UnionWith(quiz.Questions.SelectMany(q => q.Kind.Assets));
            if (problems.Count == 0 && strings is not null && theme is not null && HasPartials(quiz, theme, context))
            {
                BlockTexts.RewriteLinks(quiz.Texts(), page, links);
                var parent = block.Parent!;
                parent[parent.IndexOf(block)] = new QuizBlock(quiz, strings, theme);
                read.Add(quiz);
            }
        }

        page.Metadata = page.Metadata
            .With(QuizKeys.Quizzes, entries.ToImmutable())
            .With(QuizKeys.Read, read.ToImmutable())
            .With(Keys.Links, links.ToImmutable())
            .With(Keys.PageAssets, assets.ToImmutable())
            .With(Keys.Anchors, (page.Metadata.Get(Keys.Anchors) ?? []).Union(entries.SelectMany(e => e.Questions.Select(q => q.Anchor).Prepend(Quiz.AnchorOf(e.Id)))));
    }

    // A self-rating also records its competency, statements and scale, for /voortgang/.
    private static ImmutableArray<QuestionEntry> QuestionsOf(Quiz quiz) =>
        [.. quiz.Questions.Select((q, i) => new QuestionEntry(quiz.KeyOf(i), QuestionVersion.Of(q), q.Kind.Name, quiz.QuestionAnchorOf(i), QuizMarkdown.Plain(q.Text))
        {
            SelfRating = q is SelfRatingQuestion rating ? SelfRatingKind.EntryOf(rating) : null,
        })];

    /// <summary>Whether the theme has the frame's partial and each question's kind's; a missing one is a theme error.</summary>
    private static bool HasPartials(Quiz quiz, ThemeTemplates theme, Pipeline.IExecutionContext context)
    {
        var missing = quiz.Questions.Select(q => HtmlQuizRenderer.PartialOf(q.Kind)).Prepend(HtmlQuizRenderer.FramePartial)
            .Distinct(StringComparer.Ordinal).Where(p => !theme.HasPartial(p)).ToList();
        foreach (var partial in missing)
        {
            context.Diagnostics.Error(Path.Combine(context.Settings.ThemeDirectory, "partials", partial + ".liquid"), 1, 1,
                $"theme error: the theme has no partial '{partial}.liquid', which writes the quiz widget: copy it from the default theme's partials/quiz/");
        }

        return missing.Count == 0;
    }
}
