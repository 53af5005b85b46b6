using System.Security.Cryptography;
using System.Text;
using StatiqSite.Content;
using StatiqSite.Pipeline;
using StatiqSite.Theme;

namespace StatiqSite.Modules;

/// <summary>
/// Wraps each page's HTML in the theme's Liquid layout (<c>theme/layouts/&lt;layout&gt;.liquid</c>, default
/// <c>page</c>) with the page, the site settings, the navigation tree and the asset URLs as the model.
/// An output module (see <see cref="IOutputModule"/>), before <see cref="WriteFiles"/>: the engine streams that phase, so each page is laid
/// out, written and let go on its own (<see cref="ValidateLayouts"/> checks the layouts in post-process, with every
/// other check). Reads the process outputs of the Content pipeline, the Settings and the Assets.
/// Reads: <see cref="Keys.Title"/>, <see cref="Keys.Description"/>, <see cref="Keys.Headings"/>,
/// <see cref="Keys.LastModified"/>, <see cref="Keys.PageAssets"/>, <see cref="Keys.Layout"/>, <see cref="Keys.RootedLinks"/>.
/// Writes: the finished page as UTF-8 in <see cref="Document.Bytes"/> (the content becomes empty). Documents that are
/// not pages (a destination not ending in <c>.html</c>, or bytes already made, such as the search index) pass unchanged.
/// For the preview's cache (<see cref="CacheDocuments"/>), the per-run state carries a hash of what every page's
/// layout reads besides the page (navigation, assets; the settings are in the cache code). A page sees other pages
/// only through the navigation tree; whatever else the layout model starts to read from the site belongs in
/// <see cref="SiteFingerprint"/>.
/// </summary>
public sealed class ApplyLayout : DocumentOutputModule<ApplyLayout.Prepared>
{
    /// <summary>What every page of a run shares: the theme and the site model (null when the theme has errors).</summary>
    protected override Prepared BeforeExecution(IExecutionContext context)
    {
        if (context.Theme() is not { } theme)
        {
            return new Prepared(null, null, "");
        }

        var site = new LayoutSite(
            context.Site(),
            new NavigationTree(context.OutputsOf(PipelineNames.Content)),
            context.OutputsOf(PipelineNames.Assets)
                .Where(a => a.Get(Keys.AssetName) is not null)
                .ToDictionary(a => a.Get(Keys.AssetName)!, a => a.Destination, StringComparer.Ordinal),
            context.OutputsOf(PipelineNames.Content)
                .Where(p => p.Source is not null)
                .ToDictionary(p => p.Source!, p => p.Destination, StringComparer.Ordinal),
            context.Settings.BasePath);
        return new Prepared(theme, site, context.Settings.Incremental ? SiteFingerprint(site) : "");
    }

    /// <inheritdoc />
    protected override IEnumerable<Document> Execute(Document page, Prepared prepared, IExecutionContext context)
    {
        var (theme, site, _) = prepared;
        return theme is null || site is null || page.Bytes is not null || !page.Destination.EndsWith(".html", StringComparison.Ordinal)
            ? [page]
            : [Render(page, theme, site, context.Diagnostics)];
    }

    /// <summary>The per-run state: the theme, the site model, and a hash of the site model for the preview.</summary>
    public sealed record Prepared(ThemeTemplates? Theme, LayoutSite? Site, string Shared);

    /// <summary>A hash of what every page's layout reads besides the page and the settings: assets, the navigation tree.</summary>
    private static string SiteFingerprint(LayoutSite site)
    {
        var text = new StringBuilder();
        text.Append(site.BasePath).Append('\n');
        foreach (var (name, destination) in site.AssetDestinations.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            text.Append(name).Append('=').Append(destination).Append('\n');
        }

        void Append(NavigationTree.Node node)
        {
            // Depth-first with brackets: the order of siblings and who is whose parent are both in the text.
            text.Append(node.Page.Destination).Append('\t').Append(node.Label).Append('[');
            node.Children.ForEach(Append);
            text.Append("]\n");
        }

        foreach (var root in site.Navigation.Roots)
        {
            Append(root);
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static Document Render(Document page, ThemeTemplates theme, LayoutSite site, DiagnosticBag diagnostics)
    {
        var layout = page.Get(Keys.Layout) ?? LayoutProblems.DefaultLayout;
        if (!theme.HasLayout(layout))
        {
            // ValidateLayouts reports this in post-process.
            LayoutProblems.ReportUnknown(page, layout, theme, diagnostics);
            return page;
        }

        var rooted = page.Get(Keys.RootedLinks);
        string? PageLink(string source) => site.PageDestinations.TryGetValue(source, out var destination)
            ? PageUrls.Link(page.Destination, rooted, site.BasePath, destination)
            : null;

        // UTF-8 bytes, not a string: what WriteFiles writes as it is, and half the memory of .NET's UTF-16 for the
        // pages in flight (in a dry run, the check and the preview, for every finished page: bench/README.md).
        return page with { Content = "", Bytes = theme.RenderUtf8(layout, LayoutModels.For(page, site), PageLink) };
    }
}
