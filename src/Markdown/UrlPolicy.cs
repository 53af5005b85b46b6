using System.Text.RegularExpressions;

namespace StatiqSite.Markdown;

/// <summary>
/// Which URLs links and images may use: <c>http:</c>, <c>https:</c>, <c>mailto:</c>, <c>tel:</c> and relative URLs;
/// images also raster <c>data:image/...</c> (png, jpeg, gif, webp, avif). Not <c>data:image/svg+xml</c>: an SVG is
/// a document that can carry script, and opened on its own it runs it. The scheme is read as a browser reads it
/// (spaces and control characters around it, tabs and newlines inside it, any case), after entities are decoded.
/// </summary>
public static partial class UrlPolicy
{
    private static readonly string[] Schemes = ["http", "https", "mailto", "tel"];
    private const string Allowed = "use http:, https:, mailto:, tel: or a relative path";
    private static readonly char[] ControlsAndSpace = [.. Enumerable.Range(0, 0x21).Select(c => (char)c)];

    /// <summary>Null when <paramref name="url"/> may be used, else what is wrong and what to do.</summary>
    /// <param name="url">The URL with entities already decoded (as Markdig and AngleSharp give it).</param>
    /// <param name="what">"link" or "image", for the message.</param>
    public static string? Problem(string url, string what)
    {
        var scheme = SchemeOf(url);
        if (scheme is null || Schemes.Contains(scheme))
        {
            return null;
        }

        if (what == Image && scheme == "data" && RasterImage().IsMatch(BrowserForm(url)))
        {
            return null;
        }

        var shown = url.Length > 40 ? url[..40] + "…" : url;
        return what == Image
            ? $"the image '{shown}' uses '{scheme}:', which is not allowed: {Allowed}, or data:image/png, jpeg, gif, webp or avif"
            : $"the {what} '{shown}' uses '{scheme}:', which is not allowed: {Allowed}";
    }

    /// <summary>The word for an image in <see cref="Problem"/>.</summary>
    public const string Image = "image";

    /// <summary>The word for a link in <see cref="Problem"/>.</summary>
    public const string Link = "link";

    /// <summary>The URL's scheme in lower case as a browser finds it, or null for a relative URL.</summary>
    public static string? SchemeOf(string url)
    {
        var match = Scheme().Match(BrowserForm(url));
        return match.Success ? match.Groups[1].Value.ToLowerInvariant() : null;
    }

    // The URL standard strips leading and trailing C0 controls and spaces, and removes tabs and newlines anywhere.
    private static string BrowserForm(string url) =>
        url.Trim(ControlsAndSpace).Replace("\t", "", StringComparison.Ordinal)
            .Replace("\n", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal);

    [GeneratedRegex("^([a-zA-Z][a-zA-Z0-9+.-]*):")]
    private static partial Regex Scheme();

    [GeneratedRegex("^data:image/(png|jpeg|gif|webp|avif)[;,]", RegexOptions.IgnoreCase)]
    private static partial Regex RasterImage();
}
