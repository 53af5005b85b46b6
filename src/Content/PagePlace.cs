namespace StatiqSite.Content;

/// <summary>
/// Where a page stands in the navigation: its ancestors (breadcrumbs) and its neighbours in reading order.
/// Values are destinations (output paths), turned into links relative to the page when rendering.
/// </summary>
public sealed record PagePlace(IReadOnlyList<NavLink> Breadcrumbs, NavLink? Previous, NavLink? Next);

/// <summary>A link to a page: its label and its destination.</summary>
public sealed record NavLink(string Title, string Destination);
