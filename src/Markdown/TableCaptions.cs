using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StatiqSite.Markdown;

/// <summary>
/// A paragraph that begins with <c>Tabel:</c> right above a table (a blank line between them, as tables need) becomes
/// the table's <c>&lt;caption&gt;</c>, without the word <c>Tabel:</c>; the rest is ordinary Markdown. On GitHub the
/// paragraph simply reads as the table's title. Any other paragraph above a table stays a paragraph. The caption
/// names the table for screen readers, which announce it when they reach the table (WCAG H39).
/// </summary>
public sealed class TableCaptions : IMarkdownExtension
{
    /// <summary>What a caption paragraph begins with.</summary>
    public const string Marker = "Tabel:";

    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= MoveCaptions;
        pipeline.DocumentProcessed += MoveCaptions;
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && html.ObjectRenderers.FindExact<HtmlTableRenderer>() is { } tables)
        {
            html.ObjectRenderers.Replace<HtmlTableRenderer>(new HtmlCaptionedTableRenderer(tables));
        }
    }

    /// <summary>The caption paragraph <see cref="MoveCaptions"/> took off the page for <paramref name="table"/>, if any.</summary>
    public static ParagraphBlock? CaptionOf(Table table) => table.GetData(typeof(TableCaptions)) as ParagraphBlock;

    private static void MoveCaptions(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<Table>().ToList())
        {
            var parent = table.Parent!;
            var index = parent.IndexOf(table);
            if (index > 0 && parent[index - 1] is ParagraphBlock paragraph && StripMarker(paragraph))
            {
                parent.RemoveAt(index - 1);
                table.SetData(typeof(TableCaptions), paragraph);
            }
        }
    }

    // Takes "Tabel:" and the spaces after it off the paragraph's first text; false when it does not begin so, or
    // nothing follows (a lone "Tabel:" stays a paragraph).
    private static bool StripMarker(ParagraphBlock paragraph)
    {
        if (paragraph.Inline?.FirstChild is not LiteralInline literal || !literal.Content.AsSpan().StartsWith(Marker, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = literal.Content;
        rest.Start += Marker.Length;
        rest.TrimStart();
        if (rest.IsEmpty && literal.NextSibling is null)
        {
            return false;
        }

        literal.Content = rest;
        return true;
    }
}
