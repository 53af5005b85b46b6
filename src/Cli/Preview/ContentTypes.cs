namespace StatiqSite.Cli.Preview;

/// <summary>The Content-Type of each file the site has, as a static host sends it; text types in UTF-8.</summary>
public static class ContentTypes
{
    /// <summary>Sent for a file type not in the table, so the browser never guesses.</summary>
    public const string Fallback = "application/octet-stream";

    /// <summary>The type of HTML pages (the preview adds its script to these).</summary>
    public const string Html = "text/html; charset=utf-8";

    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = Html,
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".mjs"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".xml"] = "application/xml; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".md"] = "text/plain; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".avif"] = "image/avif",
        [".ico"] = "image/x-icon",
        [".pdf"] = "application/pdf",
        [".woff"] = "font/woff",
        [".woff2"] = "font/woff2",
        [".webmanifest"] = "application/manifest+json",
        [".gift"] = "text/plain; charset=utf-8",
        [".zip"] = "application/zip",
    };

    /// <summary>The Content-Type for a file name.</summary>
    public static string Of(string fileName) => ByExtension.GetValueOrDefault(Path.GetExtension(fileName), Fallback);
}
