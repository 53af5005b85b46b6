using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Syntax;
using StatiqSite.Markdown;

namespace StatiqSite.Quizzes;

/// <summary>
/// The Markdown of quiz texts: the site's extensions, but raw HTML is not parsed, so <c>&lt;script&gt;</c> or
/// <c>&lt;img onerror&gt;</c> written in a question shows as text. Its links, images and <c>{...}</c> attributes are
/// held to the site's <see cref="ContentPolicy"/> by <see cref="ReadQuizBlocks"/>. Built once; Markdig pipelines are
/// thread-safe.
/// </summary>
public static class QuizMarkdown
{
    private static readonly MarkdownPipeline Pipeline = Build();

    /// <summary>Parses a quiz text within the <see cref="MarkdownLimits"/>; null, with the problem, beyond them.</summary>
    public static MarkdownDocument? Parse(string markdown, out MarkdownProblem? problem) => MarkdownLimits.Parse(markdown, Pipeline, out problem);

    /// <summary>
    /// HTML for places that take phrasing content only (legend, label): paragraphs without <c>&lt;p&gt;</c>,
    /// several paragraphs joined by a space.
    /// </summary>
    public static string Inline(QuizText text, Func<string, string>? linkRewriter = null) =>
        // Block by block: without <p>, Markdig writes one paragraph straight after the other ("vraag.Tweede").
        string.Join(' ', text.Syntax
            .Select(block => Render(block, implicitParagraph: true, linkRewriter).Trim().Replace("\n", " ", StringComparison.Ordinal))
            .Where(html => html.Length > 0));

    /// <summary>The text without markup, its paragraphs joined by a space (for places that hold no HTML: a list entry).</summary>
    public static string Plain(QuizText text) =>
        string.Join(' ', text.Syntax.Descendants<ParagraphBlock>().Select(p => PlainText.Of(p.Inline)));

    /// <summary>HTML with paragraphs and lists, for feedback, explanations and model answers.</summary>
    public static string Block(QuizText text, Func<string, string>? linkRewriter = null) => Render(text.Syntax, implicitParagraph: false, linkRewriter).Trim();

    // Two renderers per thread (with and without paragraphs), set up once: setting a renderer up for the pipeline's
    // extensions cost more than rendering a short quiz text, and a page has dozens of them.
    [ThreadStatic]
    private static (StringWriter Writer, HtmlRenderer Block, HtmlRenderer Inline)? _renderers;

    // A link rewriter (the export makes links absolute) is set for this one render only.
    private static string Render(MarkdownObject syntax, bool implicitParagraph, Func<string, string>? linkRewriter)
    {
        var (writer, block, inline) = _renderers ??= NewRenderers();
        var renderer = implicitParagraph ? inline : block;
        writer.GetStringBuilder().Clear();
        renderer.LinkRewriter = linkRewriter;
        try
        {
            renderer.Render(syntax);
        }
        finally
        {
            renderer.LinkRewriter = null;
        }

        writer.Flush();
        return writer.ToString();
    }

    private static (StringWriter, HtmlRenderer, HtmlRenderer) NewRenderers()
    {
        var writer = new StringWriter();
        var block = new HtmlRenderer(writer);
        var inline = new HtmlRenderer(writer) { ImplicitParagraph = true };
        Pipeline.Setup(block);
        Pipeline.Setup(inline);
        return (writer, block, inline);
    }

    private static MarkdownPipeline Build()
    {
        var builder = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml();
        builder.Extensions.RemoveAll(e => e is AutoIdentifierExtension);
        builder.Extensions.Add(new TableAlignmentClasses()); // no style attributes under the CSP
        return builder.Build();
    }
}
