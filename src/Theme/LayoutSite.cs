using StatiqSite.Content;

namespace StatiqSite.Theme;

/// <summary>What every page's layout model is made from, gathered once per build. <see cref="PageDestinations"/> maps source paths to destinations.</summary>
public sealed record LayoutSite(
    SiteSettings Settings,
    NavigationTree Navigation,
    IReadOnlyDictionary<string, string> AssetDestinations,
    IReadOnlyDictionary<string, string> PageDestinations,
    string BasePath);
