using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace StatiqSite.Markdown;

/// <summary>
/// Writes a table column's alignment (<c>| :-: |</c>, <c>| --: |</c>) as a class on its cells (<c>align-left</c>,
/// <c>align-center</c>, <c>align-right</c>, styled in theme/assets/css/site.css) instead of Markdig's
/// <c>style="text-align: ..."</c>: the site's Content-Security-Policy (<c>style-src 'self'</c>) blocks style
/// attributes, so the alignment was lost and every such page reported a violation. Column widths (grid tables,
/// <c>&lt;col style="width"&gt;</c>) are dropped for the same reason; the browser sizes the columns.
/// </summary>
public sealed class TableAlignmentClasses : IMarkdownExtension
{
    /// <summary>The class of a cell in a column aligned <paramref name="alignment"/>.</summary>
    public static string ClassOf(TableColumnAlign alignment) => alignment switch
    {
        TableColumnAlign.Center => "align-center",
        TableColumnAlign.Right => "align-right",
        _ => "align-left",
    };

    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= MoveAlignmentToClasses;
        pipeline.DocumentProcessed += MoveAlignmentToClasses;
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void MoveAlignmentToClasses(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<Table>())
        {
            var columns = table.ColumnDefinitions;
            foreach (var row in table.OfType<TableRow>())
            {
                for (var i = 0; i < row.Count; i++)
                {
                    // The column the renderer would take the alignment from (a cell may lack its index).
                    var cell = (TableCell)row[i];
                    var index = Math.Min(cell.ColumnIndex >= 0 && cell.ColumnIndex < columns.Count ? cell.ColumnIndex : i, columns.Count - 1);
                    if (index >= 0 && columns[index].Alignment is { } alignment)
                    {
                        cell.GetAttributes().AddClass(ClassOf(alignment));
                    }
                }
            }

            foreach (var column in columns)
            {
                column.Alignment = null;
                column.Width = 0;
            }
        }
    }
}
