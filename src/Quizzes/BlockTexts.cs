using System.Collections.Immutable;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StatiqSite.Content;
using StatiqSite.Markdown;

namespace StatiqSite.Quizzes;

/// <summary>
/// What the steps that read a YAML block embedded in a page (<see cref="ReadQuizBlocks"/>, <c>ReadScenarioBlocks</c>)
/// do alike with its texts: report at a place in the page file, check the texts against the <see cref="ContentPolicy"/>,
/// rewrite their links like the page's own, and give the block its default id.
/// </summary>
public static class BlockTexts
{
    /// <summary>The page part of default quiz ids: the page's path as a slug ("basis/competentie.md" → "basis-competentie", "index.md" → "start").</summary>
    public static string DefaultIdOf(string source)
    {
        var path = source[..^".md".Length];
        path = path == "index" ? "start" : path.EndsWith("/index", StringComparison.Ordinal) ? path[..^"/index".Length] : path;
        return Slug.From(path.Replace('/', '-'));
    }

    /// <summary>Reports at the text's place what the <see cref="ContentPolicy"/> does not allow in a quiz (or scenario) text.</summary>
    public static void CheckPolicy(IEnumerable<QuizText> texts, MarkdownPage page)
    {
        foreach (var text in texts)
        {
            foreach (var problem in ContentPolicy.Check(text.Syntax))
            {
                Report(page, text.Line, text.Column, problem.Message);
            }
        }
    }

    /// <summary>Rewrites the links of quiz (or scenario) texts to page URLs, recording them (<see cref="PageLinks.Rewrite"/>).</summary>
    public static void RewriteLinks(IEnumerable<QuizText> texts, MarkdownPage page, ImmutableArray<LinkReference>.Builder links)
    {
        foreach (var text in texts)
        {
            foreach (var link in text.Syntax.Descendants<LinkInline>())
            {
                link.Url = PageLinks.Rewrite(link.Url ?? "", text.Line - page.FileLine(0), text.Column - 1, page, links);
            }
        }
    }

    /// <summary>Reports a problem at a 1-based line and column of the page file.</summary>
    public static void Report(MarkdownPage page, int line, int column, string message) =>
        page.Error(line - page.FileLine(0), column - 1, message);
}
