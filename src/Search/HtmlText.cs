using System.Text;
using AngleSharp.Dom;

namespace StatiqSite.Search;

/// <summary>The readable text of HTML for the index: blocks separated by a space, whitespace collapsed.</summary>
public static class HtmlText
{
    /// <summary>Elements whose text is never indexed: not visible, or marked <c>data-search-ignore</c>.</summary>
    public const string IgnoredSelector = "script, style, template, noscript, [hidden], [data-search-ignore]";

    private static readonly HashSet<string> Inline = new(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s", "samp",
        "small", "span", "strong", "sub", "sup", "time", "u", "var",
    };

    /// <summary>The text of an element.</summary>
    public static string Of(INode node)
    {
        var builder = new StringBuilder();
        Append(node, builder);
        return Collapse(builder);
    }

    /// <summary>Appends the text of <paramref name="node"/>, a space around every block element.</summary>
    public static void Append(INode node, StringBuilder builder)
    {
        if (node is IText text)
        {
            builder.Append(text.Data);
            return;
        }

        var block = node is IElement element && !Inline.Contains(element.LocalName);
        if (block)
        {
            builder.Append(' ');
        }

        foreach (var child in node.ChildNodes)
        {
            Append(child, builder);
        }

        if (block)
        {
            builder.Append(' ');
        }
    }

    /// <summary>Whitespace runs become one space; the ends are trimmed.</summary>
    public static string Collapse(StringBuilder builder)
    {
        // One pass over the builder's chunks: splitting into words and joining them allocated a string per word.
        var collapsed = new StringBuilder(builder.Length);
        var space = false;
        foreach (var chunk in builder.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (char.IsWhiteSpace(c))
                {
                    space = collapsed.Length > 0;
                }
                else
                {
                    if (space)
                    {
                        collapsed.Append(' ');
                        space = false;
                    }

                    collapsed.Append(c);
                }
            }
        }

        return collapsed.ToString();
    }
}
