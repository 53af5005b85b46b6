using System.Collections.Immutable;
using StatiqSite.Content;
using StatiqSite.Pipeline;

namespace StatiqSite.Modules;

/// <summary>Adds <c>robots.txt</c>: everything may be indexed; names the sitemap when there is a <c>base_url</c>.</summary>
public sealed class GenerateRobots : Module
{
    /// <inheritdoc />
    protected override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var site = context.Site();
        var text = "User-agent: *\nAllow: /\n";
        if (site.BaseUrl.Length > 0)
        {
            text += $"\nSitemap: {site.BaseUrl}{context.Settings.BasePath}sitemap.xml\n";
        }

        return inputs.Add(new Document { Destination = "robots.txt", Content = text });
    }
}
