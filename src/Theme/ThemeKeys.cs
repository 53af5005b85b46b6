using StatiqSite.Pipeline;

namespace StatiqSite.Theme;

/// <summary>The theme's metadata keys. The comment says which module writes it.</summary>
public static class ThemeKeys
{
    /// <summary>The theme's parsed layouts and partials, on the settings document (ReadTheme); reached through <see cref="ThemeContext.Theme"/>.</summary>
    public static readonly Key<ThemeTemplates> Templates = new("theme");

    /// <summary>The widgets' strings by widget name, on the settings document (ReadThemeStrings); reached through <see cref="ThemeContext.Strings"/>.</summary>
    public static readonly Key<System.Collections.Immutable.ImmutableSortedDictionary<string, ThemeStrings>> Strings = new("theme_strings");
}
