using System.Collections.Immutable;
using StatiqSite.Pipeline;

namespace StatiqSite.Theme;

/// <summary>
/// Parses the theme's Liquid layouts and partials once per build (<see cref="ThemeTemplates.Parse"/>), in the Settings
/// pipeline, and puts them on the settings document; every problem is a theme error, and a theme with one is not
/// put there, so no page is laid out with it. Writes: <see cref="ThemeKeys.Templates"/>.
/// </summary>
public sealed class ReadTheme : Module
{
    /// <inheritdoc />
    protected override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var (theme, errors) = ThemeTemplates.Parse(context.Settings.ThemeDirectory);
        LayoutProblems.Report(errors, context.Diagnostics);
        return theme is null ? inputs : [.. inputs.Select(settings => settings.With(ThemeKeys.Templates, theme))];
    }
}
