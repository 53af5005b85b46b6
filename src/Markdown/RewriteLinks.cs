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
            link.Url = Rewrite(link.Url ?? "", link.Line, link.Column, page, links);
        }

        page.Metadata = page.Metadata.With(Keys.Links, links.ToImmutable());
    }

    /// <summary>
    /// The URL a link written as <paramref name="written"/> at a 0-based line and column of the page's body gets in
    /// the built site; records an internal link in <paramref name="links"/> and reports one that leaves input/.
    /// </summary>
    internal static string Rewrite(string written, int line, int column, MarkdownPage page, ImmutableArray<LinkReference>.Builder links)
    {
        var source = page.Document.Source!;
        var target = LinkTarget.Resolve(source, written);
        switch (target.Kind)
        {
            case LinkKind.LeavesInput:
                page.Error(line, column, $"the link '{written}' leaves the input folder: link only to files inside input/");
                return written;
            case LinkKind.Internal:
                var url = UrlFor(page.Document.Destination, source, target);
                links.Add(new LinkReference(target.Source, target.Anchor, page.FileLine(line), column + 1, written, url));
                return url;
            default:
                return written;
        }
    }

    /// <summary>The URL, in the built site, of a link target written in the page at <paramref name="pageSource"/>.</summary>
    internal static string UrlFor(string pageDestination, string pageSource, LinkTarget target)
    {
        var fragment = target.Anchor is null ? "" : "#" + Uri.EscapeDataString(target.Anchor);
        if (target.Source == pageSource && target.Query.Length == 0)
        {
            return fragment.Length > 0 ? fragment : "./";
        }

        var destination = target.IsPage ? PageUrls.DestinationOf(target.Source) : target.Source;
        return PageUrls.Relative(pageDestination, destination) + target.Query + fragment;
    }
}
