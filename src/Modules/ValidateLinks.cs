using System.Collections.Immutable;
using StatiqSite.Content;
using StatiqSite.Markdown;
using StatiqSite.Pipeline;

namespace StatiqSite.Modules;

/// <summary>
/// Checks every internal link recorded by <c>RewriteLinks</c> against the pages and files the build actually
/// produces: the target must exist (and not be a draft left out), the anchor must be an id on the target page.
/// An anchor written with its accents folded (<c>#advies-aan-clienten</c> for the heading id
/// <c>advies-aan-cliënten</c>) is accepted and pointed at the real id in the page's HTML.
/// Linear in the number of links: one lookup table of pages and files per build.
/// Reads: <see cref="Keys.Links"/>, <see cref="Keys.Anchors"/>. Writes: the content, when a folded anchor was resolved.
/// </summary>
/// <param name="pagePipelines">Pipelines whose documents are pages that can be linked to.</param>
public sealed class ValidateLinks(params string[] pagePipelines) : Module
{
    /// <inheritdoc />
    protected override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var pages = pagePipelines.SelectMany(p => context.OutputsOf(p))
            .Where(p => p.Source is not null)
            .ToDictionary(p => p.Source!, StringComparer.Ordinal);
        var files = context.OutputsOf(PipelineNames.Files).Select(f => f.Source!).ToHashSet(StringComparer.Ordinal);
        var outputs = ImmutableArray.CreateBuilder<Document>(inputs.Length);
        foreach (var page in inputs)
        {
            var content = page.Content;
            foreach (var link in page.GetList(Keys.Links))
            {
                if (Check(page, link, pages, files, context) is { } realAnchor)
                {
                    content = content.Replace($"=\"{LinkHref.Of(link.Url)}\"", $"=\"{LinkHref.Of(WithAnchor(link.Url, realAnchor))}\"", StringComparison.Ordinal);
                }
            }

            outputs.Add(ReferenceEquals(content, page.Content) ? page : page with { Content = content });
        }

        return outputs.MoveToImmutable();
    }

    /// <summary>Reports what is wrong with <paramref name="link"/>; returns the real id when its anchor was written folded.</summary>
    private static string? Check(Document page, LinkReference link, Dictionary<string, Document> pages, HashSet<string> files, IExecutionContext context)
    {
        void Report(string message) => context.Diagnostics.Error(page.Source!, link.Line, link.Column, message);

        if (pages.TryGetValue(link.TargetSource, out var target))
        {
            var anchors = target.Get(Keys.Anchors) ?? [];
            if (link.Anchor is not { Length: > 0 } anchor || anchors.Contains(anchor))
            {
                return null;
            }

            var folded = HeadingSlug.Folded(anchor);
            if (anchors.Where(a => HeadingSlug.Folded(a) == folded).Order(StringComparer.Ordinal).FirstOrDefault() is { } real)
            {
                return real;
            }

            Report($"broken link '{link.Written}': {link.TargetSource} has no heading or element with id '{anchor}'{Suggest.DidYouMean(anchor, anchors)}");
            return null;
        }

        if (files.Contains(link.TargetSource))
        {
            if (link.Anchor is not null && link.TargetSource.EndsWith(".md", StringComparison.Ordinal))
            {
                Report($"broken link '{link.Written}'");
            }

            return null;
        }

        if (File.Exists(Path.Combine(context.Settings.InputDirectory, link.TargetSource)) && InputFiles.IsPage(link.TargetSource))
        {
            Report(InputFiles.IsPublished(link.TargetSource)
                ? $"the link '{link.Written}' points to a draft page ({link.TargetSource} has 'draft: true'), which is not published: publish it or remove the link"
                : $"the link '{link.Written}' points to {link.TargetSource}, which is not published (names starting with '_' or '.' are not)");
            return null;
        }

        var candidates = pages.Keys.Concat(files);
        Report($"broken link '{link.Written}': there is no page or file '{link.TargetSource}' in the input folder{Suggest.DidYouMean(link.TargetSource, candidates)}");
        return null;
    }

    private static string WithAnchor(string url, string anchor) => url[..url.IndexOf('#', StringComparison.Ordinal)] + "#" + Uri.EscapeDataString(anchor);
}
