using StatiqSite.Content;
using StatiqSite.Pipeline;

namespace StatiqSite.Theme;

/// <summary>Builds the <see cref="LayoutModel"/> of one page, with every URL in the page's link style.</summary>
public static class LayoutModels
{
    private const string Home = "index.html";

    /// <summary>The model of <paramref name="page"/>.</summary>
    public static LayoutModel For(Document page, LayoutSite site)
    {
        var rooted = page.Get(Keys.RootedLinks);
        string Link(string destination) => PageUrls.Link(page.Destination, rooted, site.BasePath, destination);

        var node = site.Navigation.Find(page.Destination);
        var (previous, next) = node is null ? (null, null) : site.Navigation.NeighboursOf(node);
        var trail = node is null ? [] : node.Ancestors().Append(node).Select(n => n.Page.Destination).ToHashSet(StringComparer.Ordinal);
        var settings = site.Settings;
        var lastModified = page.Get(Keys.LastModified);
        var pageAssets = page.Get(Keys.PageAssets) ?? [];
        var model = new PageModel
        {
            Title = page.Get(Keys.Title) ?? "",
            Description = page.Get(Keys.Description) is { Length: > 0 } d ? d : settings.Description,
            Content = page.Content,
            Canonical = settings.BaseUrl.Length > 0 && !rooted ? PageUrls.Absolute(settings.BaseUrl, site.BasePath, page.Destination) : "",
            EditUrl = settings.EditUrl.Length > 0 && page.Source is not null && !page.Get(Keys.Generated) ? settings.EditUrl + page.Source : null,
            LastModified = lastModified is { } date ? DutchDate.Format(date) : null,
            LastModifiedIso = lastModified?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Toc = [.. page.GetList(Keys.Headings).Select(h => new TocEntry(h.Level, h.Text, h.Id))],
            Breadcrumbs = node is null ? [] : [.. node.Ancestors().Select(a => new LinkModel(a.Label, Link(a.Page.Destination)))],
            Previous = previous is null ? null : new LinkModel(previous.Label, Link(previous.Page.Destination)),
            Next = next is null ? null : new LinkModel(next.Label, Link(next.Page.Destination)),
            IsHome = page.Destination == Home,
            Styles = [.. pageAssets.Where(a => a.EndsWith(".css", StringComparison.Ordinal)).Select(AssetLink)],
            Scripts = [.. pageAssets.Where(a => a.EndsWith(".js", StringComparison.Ordinal)).Select(AssetLink)],
        };
        var assets = site.AssetDestinations.ToDictionary(a => a.Key, a => Link(a.Value), StringComparer.Ordinal);
        var root = rooted ? site.BasePath : PageUrls.Relative(page.Destination, Home)[..^Home.Length];
        return new LayoutModel(
            new SiteModel(settings.Title, settings.Description, settings.Language, settings.BaseUrl),
            model,
            [.. site.Navigation.Roots.Select(r => NavItemOf(r, page.Destination, trail, Link, depth: 0))],
            assets,
            root,
            Link(Home));

        string AssetLink(string name) => site.AssetDestinations.TryGetValue(name, out var destination) ? Link(destination) : name;
    }

    /// <summary>
    /// The navigation entry of <paramref name="node"/>. Only the top levels and the branch of the current page
    /// are expanded, and a large section lists only the current page's neighbours, so a page's navigation stays small
    /// however large the site grows.
    /// </summary>
    private static NavItem NavItemOf(NavigationTree.Node node, string current, HashSet<string> trail, Func<string, string> link, int depth)
    {
        var open = trail.Contains(node.Page.Destination);
        var expand = depth < 1 || open;
        var (listed, unlisted) = expand ? node.ListedChildren(trail) : ([], 0);
        return new NavItem(
            node.Label,
            link(node.Page.Destination),
            node.Page.Destination == current,
            open,
            [.. listed.Select(c => NavItemOf(c, current, trail, link, depth + 1))],
            unlisted);
    }
}
