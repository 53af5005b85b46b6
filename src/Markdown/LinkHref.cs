using Markdig.Renderers;

namespace StatiqSite.Markdown;

/// <summary>
/// A URL as Markdig writes it into an <c>href</c> or <c>src</c> attribute (percent-escaped, then HTML-escaped).
/// Links rewritten in raw HTML are written the same way, so one link reads the same wherever it came from.
/// </summary>
public static class LinkHref
{
    /// <summary>The attribute value Markdig writes for <paramref name="url"/>.</summary>
    public static string Of(string url)
    {
        using var writer = new StringWriter();
        new HtmlRenderer(writer).WriteEscapeUrl(url);
        return writer.ToString();
    }
}
