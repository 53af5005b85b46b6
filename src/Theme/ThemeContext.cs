using StatiqSite.Content;
using StatiqSite.Pipeline;

namespace StatiqSite.Theme;

/// <summary>How modules and Markdown steps reach the build's theme.</summary>
public static class ThemeContext
{
    /// <summary>The theme's templates, parsed once for the build (<see cref="ReadTheme"/>), or null when the theme has errors (reported).</summary>
    public static ThemeTemplates? Theme(this IExecutionContext context) =>
        context.OutputsOf(PipelineNames.Settings).SingleOrDefault()?.Get(ThemeKeys.Templates);

    /// <summary>A widget's strings, read once for the build (<see cref="ReadThemeStrings"/>), or null when its file is broken (reported).</summary>
    public static ThemeStrings? Strings(this IExecutionContext context, string widget) =>
        context.OutputsOf(PipelineNames.Settings).SingleOrDefault()?.Get(ThemeKeys.Strings)?.GetValueOrDefault(widget);
}
