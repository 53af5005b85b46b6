namespace StatiqSite.Markdown;

/// <summary>What a link written in a page points at, resolved against the page's folder in <c>input/</c>.</summary>
/// <param name="Kind">External, within the site, or leaving <c>input/</c>.</param>
/// <param name="Source">Input-relative path of the target (a page's .md file, or a static file).</param>
/// <param name="Anchor">The fragment without '#', or null.</param>
/// <param name="Query">The query string with its '?', or "".</param>
public sealed record LinkTarget(LinkKind Kind, string Source, string? Anchor, string Query)
{
    /// <summary>Whether the target is a Markdown page.</summary>
    public bool IsPage => Source.EndsWith(".md", StringComparison.Ordinal);

    /// <summary>
    /// Resolves <paramref name="url"/> as written in <paramref name="pageSource"/>: relative to the page's folder
    /// as on GitHub's file view, or to <c>input/</c> when it starts with '/'. A folder means its index.md.
    /// </summary>
    public static LinkTarget Resolve(string pageSource, string url)
    {
        // A scheme as the browser reads it ("java\tscript:" too), so what UrlPolicy refuses is never taken for a path.
        if (url.Length == 0 || UrlPolicy.SchemeOf(url) is not null || url.StartsWith("//", StringComparison.Ordinal))
        {
            return new LinkTarget(LinkKind.External, url, null, "");
        }

        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var anchor = hash >= 0 ? Uri.UnescapeDataString(url[(hash + 1)..]) : null;
        var path = hash >= 0 ? url[..hash] : url;
        var question = path.IndexOf('?', StringComparison.Ordinal);
        var query = question >= 0 ? path[question..] : "";
        path = Uri.UnescapeDataString(question >= 0 ? path[..question] : path);
        if (path.Length == 0)
        {
            return new LinkTarget(LinkKind.Internal, pageSource, anchor, query);
        }

        var folder = path.StartsWith('/') ? "" : pageSource.Contains('/') ? pageSource[..pageSource.LastIndexOf('/')] : "";
        var segments = new List<string>(folder.Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    return new LinkTarget(LinkKind.LeavesInput, path, anchor, query);
                }

                segments.RemoveAt(segments.Count - 1);
            }
            else if (segment != ".")
            {
                segments.Add(segment);
            }
        }

        var isFolder = path.EndsWith('/') || segments.Count == 0 || !Path.HasExtension(segments[^1]);
        if (isFolder)
        {
            segments.Add("index.md");
        }

        return new LinkTarget(LinkKind.Internal, string.Join('/', segments), anchor, query);
    }
}

/// <summary>The kinds of link targets.</summary>
public enum LinkKind
{
    /// <summary>Another site, <c>mailto:</c>, <c>tel:</c>: left as written, not checked.</summary>
    External,

    /// <summary>A page or file of this site: rewritten and checked.</summary>
    Internal,

    /// <summary>A relative path that climbs out of <c>input/</c>: an error.</summary>
    LeavesInput,
}
