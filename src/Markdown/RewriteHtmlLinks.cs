using System.Collections.Immutable;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StatiqSite.Content;

namespace StatiqSite.Markdown;

/// <summary>
/// Rewrites the <c>href</c> and <c>src</c> of raw HTML in a page (<c>&lt;a href="../basis/index.md#kop"&gt;</c>) as
/// <see cref="RewriteLinks"/> rewrites Markdown links, and records them in <see cref="Keys.Links"/> with their place,
/// so <c>ValidateLinks</c> checks them too. Only a tag with an internal link is written anew; the rest of the HTML
/// stays as written. Runs after RewriteLinks.
/// </summary>
public sealed class RewriteHtmlLinks : IMarkdownStep
{
    private static readonly string[] LinkAttributes = ["href", "src"];

    /// <inheritdoc />
    public void Run(MarkdownDocument syntax, MarkdownPage page)
    {
        var links = page.Metadata.GetList(Keys.Links).ToBuilder();
        foreach (var node in syntax.Descendants().Where(n => n is HtmlBlock or HtmlInline).ToList())
        {
            var (html, lines) = RawHtml.Of(node)!.Value;
            var rewritten = Rewrite(html, lines, page, links);
            if (!ReferenceEquals(rewritten, html))
            {
                RawHtml.Replace(node, rewritten);
            }
        }

        page.Metadata = page.Metadata.With(Keys.Links, links.ToImmutable());
    }

    private static string Rewrite(string html, IReadOnlyList<(int Line, int Column)> lines, MarkdownPage page, ImmutableArray<LinkReference>.Builder links)
    {
        var tags = RawHtml.StartTags(html);
        var result = html;
        // From the last tag back, so the spans of the earlier ones stay where they are.
        foreach (var tag in tags.Reverse())
        {
            var changed = false;
            var written = RawHtml.Write(tag.Token, attribute =>
            {
                if (!LinkAttributes.Contains(attribute.Name))
                {
                    return RawHtml.Escape(attribute.Value);
                }

                var (line, column) = RawHtml.PlaceOf(attribute.Position, lines);
                var url = PageLinks.Rewrite(attribute.Value, line, column, page, links);
                changed |= !ReferenceEquals(url, attribute.Value);
                return LinkHref.Of(url);
            });
            if (changed)
            {
                result = string.Concat(result.AsSpan(0, tag.Start), written, result.AsSpan(tag.End));
            }
        }

        return result;
    }
}
