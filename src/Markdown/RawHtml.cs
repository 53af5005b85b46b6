using System.Text;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StatiqSite.Markdown;

/// <summary>
/// The start tags in a piece of raw HTML written in Markdown (an <c>HtmlInline</c> or <c>HtmlBlock</c>), read with
/// AngleSharp's tokenizer, each with where it stands in the text; and a tag written back after its attributes changed.
/// </summary>
public static class RawHtml
{
    /// <summary>A start tag and the span of text it was read from.</summary>
    public sealed record Tag(HtmlTagToken Token, int Start, int End);

    /// <summary>The start tags of <paramref name="html"/>, in order (entities in attribute values decoded).</summary>
    public static IReadOnlyList<Tag> StartTags(string html)
    {
        using var source = new TextSource(html);
        using var tokenizer = new HtmlTokenizer(source, HtmlEntityProvider.Resolver);
        var tags = new List<Tag>();
        HtmlTagToken? open = null;
        var start = 0;
        for (var token = tokenizer.Get(); ; token = tokenizer.Get())
        {
            // A token ends where the next one starts.
            if (open is not null)
            {
                tags.Add(new Tag(open, start, token.Position.Index));
                open = null;
            }

            if (token.Type == HtmlTokenType.EndOfFile)
            {
                return tags;
            }

            if (token is HtmlTagToken { Type: HtmlTokenType.StartTag } tag)
            {
                (open, start) = (tag, token.Position.Index);
            }
        }
    }

    /// <summary>The start tag written from its token: lower-case name, every attribute quoted and escaped.</summary>
    public static string Write(HtmlTagToken tag, Func<HtmlAttributeToken, string> valueOf)
    {
        var builder = new StringBuilder("<").Append(tag.Name);
        foreach (var attribute in tag.Attributes)
        {
            builder.Append(' ').Append(attribute.Name).Append("=\"").Append(valueOf(attribute)).Append('"');
        }

        return builder.Append(tag.IsSelfClosing ? " />" : ">").ToString();
    }

    /// <summary>An attribute value escaped for a double-quoted attribute.</summary>
    public static string Escape(string value) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    /// <summary>
    /// The 0-based line and column, in the text of <paramref name="lines"/>, of a position AngleSharp reports
    /// (1-based line and column within the HTML, whose lines are those of the Markdown node).
    /// </summary>
    public static (int Line, int Column) PlaceOf(TextPosition position, IReadOnlyList<(int Line, int Column)> lines)
    {
        var (line, column) = lines[Math.Clamp((int)position.Line, 1, lines.Count) - 1];
        return (line, column + position.Column - 1);
    }

    /// <summary>
    /// The raw HTML of an <c>HtmlInline</c> or <c>HtmlBlock</c>, with the 0-based line and column in the Markdown of
    /// each of its lines; null for any other node.
    /// </summary>
    public static (string Html, IReadOnlyList<(int Line, int Column)> Lines)? Of(MarkdownObject node)
    {
        switch (node)
        {
            case HtmlInline inline:
                var count = inline.Tag.Count(c => c == '\n') + 1;
                return (inline.Tag, [.. Enumerable.Range(0, count).Select(i => i == 0 ? (inline.Line, inline.Column) : (inline.Line + i, 0))]);
            case HtmlBlock block:
                var lines = block.Lines.Lines.Take(block.Lines.Count).ToList();
                return (string.Join('\n', lines.Select(l => l.Slice.ToString())), [.. lines.Select(l => (l.Line, l.Column))]);
            default:
                return null;
        }
    }

    /// <summary>Replaces the raw HTML of an <c>HtmlInline</c> or <c>HtmlBlock</c>.</summary>
    public static void Replace(MarkdownObject node, string html)
    {
        if (node is HtmlInline inline)
        {
            inline.Tag = html;
        }
        else if (node is HtmlBlock block)
        {
            var lines = new StringLineGroup(4);
            foreach (var line in html.Split('\n'))
            {
                lines.Add(new StringSlice(line));
            }

            block.Lines = lines;
        }
    }
}
