using StatiqSite.Pipeline;

namespace StatiqSite.Theme;

/// <summary>How modules and Markdown steps reach the build's theme.</summary>
public static class ThemeContext
{
    /// <summary>
    /// The theme's templates, parsed once while its Liquid files are unchanged (<see cref="ThemeTemplates.Load"/>),
    /// or null with the problems found.
    /// </summary>
    public static (ThemeTemplates? Theme, IReadOnlyList<(string File, string Message)> Errors) Theme(this IExecutionContext context) =>
        ThemeTemplates.Load(context.Settings.ThemeDirectory);
}
