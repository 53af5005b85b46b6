using System.Collections.Immutable;
using StatiqSite.Pipeline;

namespace StatiqSite.Content;

/// <summary>
/// The metadata keys of pages in general, declared once; a feature declares its own beside its modules
/// (<c>GlossaryKeys</c>, <c>QuizKeys</c>, <c>SearchKeys</c>). The comment says which module writes it.
/// </summary>
public static class Keys
{
    /// <summary>Page title (ParseFrontMatter).</summary>
    public static readonly Key<string> Title = new("title");

    /// <summary>Meta description; defaults to the first paragraph (ParseFrontMatter, RenderMarkdown).</summary>
    public static readonly Key<string> Description = new("description");

    /// <summary>Shorter navigation label (ParseFrontMatter).</summary>
    public static readonly Key<string> NavTitle = new("nav_title");

    /// <summary>Position among siblings (ParseFrontMatter).</summary>
    public static readonly Key<int?> Order = new("order");

    /// <summary>Whether the page is a draft (ParseFrontMatter).</summary>
    public static readonly Key<bool> Draft = new("draft");

    /// <summary>Whether glossary terms are linked on the page (ParseFrontMatter).</summary>
    public static readonly Key<bool> Glossary = new("glossary");

    /// <summary>How many lines of the source file precede the Markdown body (ParseFrontMatter).</summary>
    public static readonly Key<int> BodyLine = new("body_line");

    /// <summary>
    /// A hash of the file a page was read from, front matter included, for the preview's cache codes
    /// (ReadContentFiles, in incremental builds only).
    /// </summary>
    public static readonly Key<string> SourceHash = new("source_hash");

    /// <summary>The page's site-relative clean URL: "" for home, "basis/" for a section (ReadContentFiles).</summary>
    public static readonly Key<string> PageUrl = new("page_url");

    /// <summary>The h2/h3 headings of the page with their ids (RenderMarkdown).</summary>
    public static readonly Key<ImmutableArray<Heading>> Headings = new("headings");

    /// <summary>Every element id in the page, valid as a link anchor (RenderMarkdown, and modules adding ids).</summary>
    public static readonly Key<ImmutableHashSet<string>> Anchors = new("anchors");

    /// <summary>Internal links found in the page, to validate once every page is known (RenderMarkdown).</summary>
    public static readonly Key<ImmutableArray<LinkReference>> Links = new("links");

    /// <summary>True for a landing page generated for a folder without index.md (GenerateSectionPages).</summary>
    public static readonly Key<bool> Generated = new("generated");

    /// <summary>Date of the source file's last git commit, when known (ReadGitDates).</summary>
    public static readonly Key<DateTimeOffset?> LastModified = new("last_modified");

    /// <summary>The site settings of <c>_site.yml</c> (ReadSiteSettings).</summary>
    public static readonly Key<SiteSettings> Site = new("site");

    /// <summary>Extra stylesheets and scripts (theme asset names) a page needs, e.g. a widget's (RenderMarkdown).</summary>
    public static readonly Key<ImmutableSortedSet<string>> PageAssets = new("page_assets");

    /// <summary>Layout name to render the page with; default "page" (modules generating special pages).</summary>
    public static readonly Key<string> Layout = new("layout");

    /// <summary>Absolute (rooted) links instead of relative ones: for pages served at any URL, like 404.html.</summary>
    public static readonly Key<bool> RootedLinks = new("rooted_links");

    /// <summary>Leave the page out of the sitemap and the navigation (special pages).</summary>
    public static readonly Key<bool> Hidden = new("hidden");

    /// <summary>The logical name of a theme asset, e.g. "css/site.css" (ReadThemeAssets).</summary>
    public static readonly Key<string> AssetName = new("asset_name");
}
