namespace StatiqSite.Content;

/// <summary>The keys a page's front matter may have, as written in the YAML (see the authoring contract).</summary>
public static class FrontMatter
{
    /// <summary><c>title</c>: required text.</summary>
    public const string Title = "title";

    /// <summary><c>description</c>: text.</summary>
    public const string Description = "description";

    /// <summary><c>nav_title</c>: text.</summary>
    public const string NavTitle = "nav_title";

    /// <summary><c>order</c>: whole number.</summary>
    public const string Order = "order";

    /// <summary><c>draft</c>: true or false.</summary>
    public const string Draft = "draft";

    /// <summary><c>glossary</c>: true or false.</summary>
    public const string Glossary = "glossary";

    /// <summary>All known keys, in the order the contract lists them.</summary>
    public static readonly IReadOnlyList<string> All = [Title, Description, NavTitle, Order, Draft, Glossary];

    /// <summary>The line that opens and closes front matter.</summary>
    public const string Fence = "---";
}
