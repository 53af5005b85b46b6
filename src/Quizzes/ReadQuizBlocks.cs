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
/// Runs after RewriteLinks. Writes: <see cref="QuizKeys.Quizzes"/>, <see cref="Keys.PageAssets"/> (the quiz CSS, with a self-rating its own, and
/// JS), <see cref="Keys.Anchors"/> (the widget ids), <see cref="QuizKeys.Read"/> (the typed quizzes), and adds to <see cref="Keys.Links"/>.
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
        for (var n = 1; n <= blocks.Count; n++)
        {
            var block = blocks[n - 1];
            var quiz = QuizReader.Read(block.Lines.ToString(), page.FileLine(block.Line + 1), block.Column, out var problems, page.Context?.Glossary());
            foreach (var problem in problems)
            {
                Report(page, problem.Line, problem.Column, problem.Message);
            }

            if (quiz is null)
            {
                continue;
            }

            CheckPolicy(quiz.Texts(), page);
            quiz = quiz with { Id = quiz.Id ?? $"{DefaultIdOf(page.Document.Source!)}-{n}" };
            entries.Add(new QuizEntry(quiz.Id!, quiz.Title is null ? "" : PlainText.Of(quiz.Title.Syntax.Descendants<ParagraphBlock>().FirstOrDefault()?.Inline),
                quiz.Line, quiz.Column, quiz.Version, quiz.Scored, QuestionsOf(quiz)));
            if (problems.Count == 0 && strings is not null && theme is not null && HasPartials(quiz, theme, context))
            {
                RewriteLinksOf(quiz.Texts(), page, links);
                var parent = block.Parent!;
                parent[parent.IndexOf(block)] = new QuizBlock(quiz, strings, theme);
                read.Add(quiz);
            }
        }

        page.Metadata = page.Metadata
            .With(QuizKeys.Quizzes, entries.ToImmutable())
            .With(QuizKeys.Read, read.ToImmutable())
            .With(Keys.Links, links.ToImmutable())
            .With(Keys.PageAssets, (page.Metadata.Get(Keys.PageAssets) ?? ImmutableSortedSet<string>.Empty.WithComparer(StringComparer.Ordinal)).Union(Assets).Union(entries.Any(e => e.Questions.Any(q => q.SelfRating is not null)) ? [SelfRatingKind.Stylesheet] : []))
            .With(Keys.Anchors, (page.Metadata.Get(Keys.Anchors) ?? []).Union(entries.SelectMany(e => e.Questions.Select(q => q.Anchor).Prepend(Quiz.AnchorOf(e.Id)))));
    }

    // A self-rating also records its competency, statements and scale, for /voortgang/.
    private static ImmutableArray<QuestionEntry> QuestionsOf(Quiz quiz) =>
        [.. quiz.Questions.Select((q, i) => new QuestionEntry(quiz.KeyOf(i), QuestionVersion.Of(q), q.Kind.Name, quiz.QuestionAnchorOf(i), QuizMarkdown.Plain(q.Text))
        {
            SelfRating = q is SelfRatingQuestion rating ? SelfRatingKind.EntryOf(rating) : null,
        })];

    /// <summary>The page part of default quiz ids: the page's path as a slug ("basis/competentie.md" → "basis-competentie", "index.md" → "start").</summary>
    public static string DefaultIdOf(string source)
    {
        var path = source[..^".md".Length];
        path = path == "index" ? "start" : path.EndsWith("/index", StringComparison.Ordinal) ? path[..^"/index".Length] : path;
        return Slug.From(path.Replace('/', '-'));
    }

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

    /// <summary>Reports at the text's place what the <see cref="ContentPolicy"/> does not allow in a quiz (or scenario) text.</summary>
    internal static void CheckPolicy(IEnumerable<QuizText> texts, MarkdownPage page)
    {
        foreach (var text in texts)
        {
            foreach (var problem in ContentPolicy.Check(text.Syntax))
            {
                Report(page, text.Line, text.Column, problem.Message);
            }
        }
    }

    /// <summary>Rewrites the links of quiz (or scenario) texts to page URLs as <see cref="RewriteLinks"/> does, recording them.</summary>
    internal static void RewriteLinksOf(IEnumerable<QuizText> texts, MarkdownPage page, ImmutableArray<LinkReference>.Builder links)
    {
        var source = page.Document.Source!;
        foreach (var text in texts)
        {
            foreach (var link in text.Syntax.Descendants<LinkInline>())
            {
                var written = link.Url ?? "";
                var target = LinkTarget.Resolve(source, written);
                if (target.Kind == LinkKind.LeavesInput)
                {
                    Report(page, text.Line, text.Column, $"the link '{written}' leaves the input folder: link only to files inside input/");
                }
                else if (target.Kind == LinkKind.Internal)
                {
                    link.Url = RewriteLinks.UrlFor(page.Document.Destination, source, target);
                    links.Add(new LinkReference(target.Source, target.Anchor, text.Line, text.Column, written, link.Url));
                }
            }
        }
    }

    /// <summary>Reports a problem at a 1-based line and column of the page file.</summary>
    internal static void Report(MarkdownPage page, int line, int column, string message) =>
        page.Error(line - page.FileLine(0), column - 1, message);
}
