using System.Collections.Immutable;
using System.Text;
using StatiqSite.Build;
using StatiqSite.Content;
using StatiqSite.Pipeline;
using StatiqSite.Theme;

namespace StatiqSite.Modules;

/// <summary>
/// Wraps each page's HTML in the theme's Liquid layout (<c>theme/layouts/&lt;layout&gt;.liquid</c>, default
/// <c>page</c>) with the page, the site settings, the navigation tree and the asset URLs as the model.
/// Runs in post-process: it reads every page of the Content pipeline, the Settings and the Assets.
/// Reads: <see cref="Keys.Title"/>, <see cref="Keys.Description"/>, <see cref="Keys.Headings"/>,
/// <see cref="Keys.LastModified"/>, <see cref="Keys.PageAssets"/>, <see cref="Keys.Layout"/>, <see cref="Keys.RootedLinks"/>.
/// Writes: the finished page as UTF-8 in <see cref="Document.Bytes"/> (the content becomes empty).
/// </summary>
public sealed class ApplyLayout : Module
{
    /// <summary>The layout used when a page names none.</summary>
    public const string DefaultLayout = "page";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <inheritdoc />
    protected override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var (theme, errors) = ThemeTemplates.Load(context.Settings.ThemeDirectory);
        foreach (var (file, message) in errors)
        {
            context.Diagnostics.Error(Path.GetRelativePath(Directory.GetCurrentDirectory(), file), 1, 1, $"theme error: {message}");
        }

        if (theme is null)
        {
            return inputs;
        }

        var site = new LayoutSite(
            context.OutputsOf(PipelineNames.Settings).Single().Get(Keys.Site) ?? new SiteSettings(),
            new NavigationTree(context.OutputsOf(PipelineNames.Content)),
            context.OutputsOf(PipelineNames.Assets)
                .Where(a => a.Get(Keys.AssetName) is not null)
                .ToDictionary(a => a.Get(Keys.AssetName)!, a => a.Destination, StringComparer.Ordinal),
            context.Settings.BasePath);
        return ParallelDocuments.Map(inputs, context, nameof(ApplyLayout), page => [Render(page, theme, site, context.Diagnostics)]);
    }

    private static Document Render(Document page, ThemeTemplates theme, LayoutSite site, DiagnosticBag diagnostics)
    {
        var layout = page.Get(Keys.Layout) ?? DefaultLayout;
        if (!theme.HasLayout(layout))
        {
            diagnostics.Error(page.DisplayPath, 1, 1, $"the theme has no layout '{layout}' (it has: {string.Join(", ", theme.LayoutNames)})");
            return page;
        }

        // Kept as UTF-8 bytes, not a string: the finished pages are the largest text a build holds until the output
        // phase, and UTF-8 takes half the memory of .NET's UTF-16 (bench/README.md). WriteFiles writes them as they are.
        return page with { Content = "", Bytes = Utf8.GetBytes(theme.Render(layout, LayoutModels.For(page, site))) };
    }
}
