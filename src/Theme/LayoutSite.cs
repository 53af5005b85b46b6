using StatiqSite.Content;

namespace StatiqSite.Theme;

/// <summary>What every page's layout model is made from, gathered once per build.</summary>
public sealed record LayoutSite(
    SiteSettings Settings,
    NavigationTree Navigation,
    IReadOnlyDictionary<string, string> AssetDestinations,
    string BasePath);
