using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace StatiqSite.Markdown;

/// <summary>
/// Writes a table as Markdig does, with its caption (see <see cref="TableCaptions"/>) as the first child of
/// <c>&lt;table&gt;</c>, where HTML wants it. Markdig's renderer has no place for a caption, so the table is written
/// by it into a buffer and the caption put in after the opening tag: one table writer, not a copy of it.
/// </summary>
/// <param name="tables">Markdig's table renderer.</param>
public sealed class HtmlCaptionedTableRenderer(HtmlTableRenderer tables) : HtmlObjectRenderer<Table>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        if (TableCaptions.CaptionOf(table) is not { } caption)
        {
            tables.Write(renderer, table);
            return;
        }

        var writer = renderer.Writer;
        using var buffer = new StringWriter();
        renderer.Writer = buffer;
        tables.Write(renderer, table);
        renderer.Writer = writer;
        var html = buffer.ToString();
        var open = html.IndexOf('>', html.IndexOf("<table", StringComparison.Ordinal)) + 1;
        renderer.Write(html[..open]).Write("\n<caption>");
        renderer.WriteLeafInline(caption);
        // Ends with a line break written as a line, as Markdig's would be: the next block starts on its own line.
        renderer.Write("</caption>").Write(html[open..].TrimEnd('\n')).WriteLine();
    }
}
