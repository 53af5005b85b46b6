using System.Collections.Immutable;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StatiqSite.Content;

namespace StatiqSite.Markdown;

/// <summary>
/// Rewrites links and images written against the Markdown files (<c>../valkuilen/index.md#anker</c>) into links
/// between the pages the build writes (<c>../../valkuilen/index.html#anker</c>), and records each internal link
/// (<see cref="Keys.Links"/>) so <c>ValidateLinks</c> can check it once every page is known.
/// </summary>
public sealed class RewriteLinks : IMarkdownStep
{
    /// <inheritdoc />
    public void Run(MarkdownDocument syntax, MarkdownPage page)
    {
        var links = ImmutableArray.CreateBuilder<LinkReference>();
        foreach (var link in syntax.Descendants<LinkInline>())
        {
            link.Url = PageLinks.Rewrite(link.Url ?? "", link.Line, link.Column, page, links);
        }

        page.Metadata = page.Metadata.With(Keys.Links, links.ToImmutable());
    }
}
