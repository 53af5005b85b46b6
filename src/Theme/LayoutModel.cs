namespace StatiqSite.Theme;

/// <summary>
/// What a layout sees, as snake_case variables: <c>site</c>, <c>page</c>, <c>nav</c>, <c>assets</c>,
/// <c>root</c>. All URLs are already in the page's link style (relative, or rooted for 404.html).
/// </summary>
public sealed record LayoutModel(SiteModel Site, PageModel Page, IReadOnlyList<NavItem> Nav, IReadOnlyDictionary<string, string> Assets, string Root, string Home);

/// <summary>The site settings as a layout sees them.</summary>
public sealed record SiteModel(string Title, string Description, string Language, string BaseUrl);

/// <summary>The page as a layout sees it.</summary>
public sealed record PageModel
{
    /// <summary>Title (also the h1).</summary>
    public required string Title { get; init; }

    /// <summary>Meta description.</summary>
    public required string Description { get; init; }

    /// <summary>The body HTML (write it with <c>| raw</c>).</summary>
    public required string Content { get; init; }

    /// <summary>Absolute URL for the canonical link and Open Graph; empty without base_url.</summary>
    public required string Canonical { get; init; }

    /// <summary>"Bewerk deze pagina" link, or null.</summary>
    public string? EditUrl { get; init; }

    /// <summary>Last commit date in Dutch ("3 maart 2026"), or null.</summary>
    public string? LastModified { get; init; }

    /// <summary>Last commit date as yyyy-MM-dd for <c>&lt;time datetime&gt;</c>, or null.</summary>
    public string? LastModifiedIso { get; init; }

    /// <summary>The h2/h3 headings (shown when there are two or more).</summary>
    public IReadOnlyList<TocEntry> Toc { get; init; } = [];

    /// <summary>Ancestors from home down, without the page itself.</summary>
    public IReadOnlyList<LinkModel> Breadcrumbs { get; init; } = [];

    /// <summary>The page before in reading order.</summary>
    public LinkModel? Previous { get; init; }

    /// <summary>The page after in reading order.</summary>
    public LinkModel? Next { get; init; }

    /// <summary>Whether this is the home page.</summary>
    public bool IsHome { get; init; }

    /// <summary>Extra stylesheet URLs this page needs (widgets).</summary>
    public IReadOnlyList<string> Styles { get; init; } = [];

    /// <summary>Extra module script URLs this page needs (widgets).</summary>
    public IReadOnlyList<string> Scripts { get; init; } = [];
}

/// <summary>A table of contents entry.</summary>
public sealed record TocEntry(int Level, string Text, string Id);

/// <summary>A labelled link.</summary>
public sealed record LinkModel(string Title, string Url);

/// <summary>
/// An entry of the navigation tree, marked when it is the current page or one of its ancestors. In a large section
/// <paramref name="Unlisted"/> says how many of its pages <paramref name="Children"/> leaves out (see
/// <see cref="Content.NavigationTree.MaxListedChildren"/>); its own page lists them all.
/// </summary>
public sealed record NavItem(string Title, string Url, bool Current, bool Open, IReadOnlyList<NavItem> Children, int Unlisted = 0);
