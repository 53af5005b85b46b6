namespace StatiqSite.Content;

/// <summary>The settings of <c>input/_site.yml</c>.</summary>
public sealed record SiteSettings
{
    /// <summary>The site's name.</summary>
    public string Title { get; init; } = "Site";

    /// <summary>Default meta description.</summary>
    public string Description { get; init; } = "";

    /// <summary>The language of the content (<c>lang</c> attribute).</summary>
    public string Language { get; init; } = "nl";

    /// <summary>Absolute URL of the published site, without trailing slash; used for sitemap and canonical links.</summary>
    public string BaseUrl { get; init; } = "";

    /// <summary>Prefix of "Bewerk deze pagina" links; the page's source path is appended.</summary>
    public string EditUrl { get; init; } = "";
}
