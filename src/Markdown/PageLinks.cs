using System.Collections.Immutable;
using StatiqSite.Content;

namespace StatiqSite.Markdown;

/// <summary>
/// The one way a link written in a page, against the Markdown files (<c>../valkuilen/index.md#anker</c>), becomes a
/// link between the pages the build writes (<c>../../valkuilen/index.html#anker</c>): in its Markdown
/// (<see cref="RewriteLinks"/>), its raw HTML (<see cref="RewriteHtmlLinks"/>) and the texts of its quizzes and scenarios.
/// </summary>
public static class PageLinks
{
    /// <summary>
    /// The URL a link written as <paramref name="written"/> at a 0-based line and column of the page's body gets in
    /// the built site; records an internal link in <paramref name="links"/> and reports one that leaves input/.
    /// </summary>
    public static string Rewrite(string written, int line, int column, MarkdownPage page, ImmutableArray<LinkReference>.Builder links)
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
    private static string UrlFor(string pageDestination, string pageSource, LinkTarget target)
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
