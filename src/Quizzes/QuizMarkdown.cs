using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Syntax;
using StatiqSite.Markdown;

namespace StatiqSite.Quizzes;

/// <summary>
/// The Markdown of quiz texts: the site's extensions, but raw HTML is not parsed, so <c>&lt;script&gt;</c> or
/// <c>&lt;img onerror&gt;</c> written in a question shows as text. Built once; Markdig pipelines are thread-safe.
/// </summary>
public static class QuizMarkdown
{
    private static readonly MarkdownPipeline Pipeline = Build();

    /// <summary>Parses a quiz text.</summary>
    public static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline);

    /// <summary>
    /// HTML for places that take phrasing content only (legend, label): paragraphs without <c>&lt;p&gt;</c>,
    /// several paragraphs joined by a space.
    /// </summary>
    public static string Inline(QuizText text) => Render(text.Syntax, implicitParagraph: true).Trim().Replace("\n", " ", StringComparison.Ordinal);

    /// <summary>HTML with paragraphs and lists, for feedback, explanations and model answers.</summary>
    public static string Block(QuizText text) => Render(text.Syntax, implicitParagraph: false).Trim();

    private static string Render(MarkdownDocument syntax, bool implicitParagraph)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { ImplicitParagraph = implicitParagraph };
        Pipeline.Setup(renderer);
        renderer.Render(syntax);
        writer.Flush();
        return writer.ToString();
    }

    private static MarkdownPipeline Build()
    {
        var builder = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml();
        builder.Extensions.RemoveAll(e => e is AutoIdentifierExtension);
        builder.Extensions.Add(new TableAlignmentClasses()); // no style attributes under the CSP
        return builder.Build();
    }
}
