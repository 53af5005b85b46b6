using System.Collections.Immutable;
using System.Globalization;
using System.Security;
using System.Text;
using StatiqSite.Content;
using StatiqSite.Pipeline;

namespace StatiqSite.Modules;

/// <summary>
/// Adds <c>sitemap.xml</c> listing every visible page of the given pipelines with its absolute URL
/// (<c>base_url</c> + base path + clean URL) and, when known, its last change. Without <c>base_url</c> there can be
/// no sitemap; that is a warning.
/// </summary>
/// <param name="pagePipelines">Pipelines whose documents are pages.</param>
public sealed class GenerateSitemap(params string[] pagePipelines) : Module
{
    /// <inheritdoc />
    protected override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var site = context.Site();
        if (site.BaseUrl.Length == 0)
        {
            context.Diagnostics.Warning(ReadSiteSettings.FileName, 1, 1, "no 'base_url': sitemap.xml and canonical links need the site's address");
            return inputs;
        }

        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        // The pipeline's own pages too (the export page), made before this module in the same phase.
        var pages = pagePipelines.SelectMany(p => context.OutputsOf(p)).Concat(inputs)
            .Where(p => !p.Get(Keys.Hidden) && p.Destination.EndsWith(".html", StringComparison.Ordinal))
            .OrderBy(p => p.Destination, StringComparer.Ordinal);
        foreach (var page in pages)
        {
            xml.Append("  <url><loc>").Append(SecurityElement.Escape(PageUrls.Absolute(site.BaseUrl, context.Settings.BasePath, page.Destination))).Append("</loc>");
            if (page.Get(Keys.LastModified) is { } date)
            {
                xml.Append("<lastmod>").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("</lastmod>");
            }

            xml.Append("</url>\n");
        }

        xml.Append("</urlset>\n");
        return inputs.Add(new Document { Destination = "sitemap.xml", Content = xml.ToString() });
    }

}
