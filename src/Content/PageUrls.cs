namespace StatiqSite.Content;

/// <summary>
/// The URL rules of the authoring contract: <c>a/b.md</c> becomes <c>a/b/index.html</c>,
/// <c>a/index.md</c> becomes <c>a/index.html</c>; links between pages are relative and end in index.html,
/// so the site works under any sub-path and straight from disk.
/// </summary>
public static class PageUrls
{
    /// <summary>The output path of a Markdown source path.</summary>
    public static string DestinationOf(string source)
    {
        var withoutExtension = source[..^".md".Length];
        return withoutExtension == "index" || withoutExtension.EndsWith("/index", StringComparison.Ordinal)
            ? withoutExtension + ".html"
            : withoutExtension + "/index.html";
    }

    /// <summary>The clean, site-relative URL of an output path: "basis/index.html" becomes "basis/".</summary>
    public static string CleanUrlOf(string destination) =>
        destination == "index.html" ? "" :
        destination.EndsWith("/index.html", StringComparison.Ordinal) ? destination[..^"index.html".Length] :
        destination;

    /// <summary>
    /// A link from the page written at <paramref name="fromDestination"/> to <paramref name="toDestination"/>,
    /// relative (works from disk and under any sub-path): from "a/b/index.html" to "index.html" is "../../index.html".
    /// </summary>
    public static string Relative(string fromDestination, string toDestination)
    {
        var from = fromDestination.Split('/')[..^1];
        var to = toDestination.Split('/');
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && from[common] == to[common])
        {
            common++;
        }

        var ups = string.Concat(Enumerable.Repeat("../", from.Length - common));
        return ups + string.Join('/', to[common..]);
    }

    /// <summary>A link that works from any URL (for 404.html): base path plus the clean URL.</summary>
    public static string Rooted(string basePath, string toDestination) => basePath + CleanUrlOf(toDestination);

    /// <summary>A link for <paramref name="page"/> to <paramref name="toDestination"/>, in the page's link style.</summary>
    public static string Link(string fromDestination, bool rooted, string basePath, string toDestination) =>
        rooted ? Rooted(basePath, toDestination) : Relative(fromDestination, toDestination);

    /// <summary>The absolute URL of a page, for canonical links and the sitemap.</summary>
    public static string Absolute(string baseUrl, string basePath, string destination) =>
        baseUrl.TrimEnd('/') + basePath + CleanUrlOf(destination);
}
