using StatiqSite.Content;

namespace StatiqSite.Export;

/// <summary>
/// Links in exported questions: on the site a quiz's links are relative to its page, which means nothing inside a
/// learning platform, so they are made absolute with <c>base_url</c> (links to other pages, images and anchors
/// then lead to the published site). Without <c>base_url</c> they stay as they are (the sitemap warns about it).
/// </summary>
public static class ExportLinks
{
    /// <summary>The rewriter for links written on the page at <paramref name="pageDestination"/>.</summary>
    public static Func<string, string> For(string baseUrl, string basePath, string pageDestination)
    {
        if (baseUrl.Length == 0 || !Uri.TryCreate(PageUrls.Absolute(baseUrl, basePath, pageDestination), UriKind.Absolute, out var page))
        {
            return url => url;
        }

        return url => Uri.TryCreate(page, url, out var absolute) ? absolute.AbsoluteUri : url;
    }
}
