using StatiqSite.Pipeline;

namespace StatiqSite.Theme;

/// <summary>The theme's metadata keys. The comment says which module writes it.</summary>
public static class ThemeKeys
{
    /// <summary>The theme's parsed layouts and partials, on the settings document (ReadTheme); reached through <see cref="ThemeContext.Theme"/>.</summary>
    public static readonly Key<ThemeTemplates> Templates = new("theme");
}
