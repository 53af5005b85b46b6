using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StatiqSite.Markdown;

/// <summary>The visible text of Markdown inlines, without markup (for heading ids and descriptions).</summary>
public static class PlainText
{
    /// <summary>The text of an inline container, or "" when null.</summary>
    public static string Of(ContainerInline? inline)
    {
        var builder = new StringBuilder();
        Append(inline, builder);
        return builder.ToString().Trim();
    }

    /// <summary>The text of a paragraph or heading block.</summary>
    public static string Of(LeafBlock block) => Of(block.Inline);

    private static void Append(Inline? inline, StringBuilder builder)
    {
        switch (inline)
        {
            case null:
                return;
            case LiteralInline literal:
                builder.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.AsSpan());
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, builder);
                }

                break;
        }
    }
}
