using System.Collections.Immutable;
using StatiqSite.Content;
using StatiqSite.Pipeline;

namespace StatiqSite.Theme;

/// <summary>
/// Reads the widgets' strings (<c>theme/strings/&lt;widget&gt;.&lt;language&gt;.json</c>, the site's language or
/// Dutch; <see cref="ThemeStrings"/>) once per build, in the Settings pipeline after <c>ReadSiteSettings</c>, and puts
/// them on the settings document; a missing or broken file, or one that lacks a string its widget needs, is one theme
/// error, and that widget has no strings then. Which widgets, and the strings each needs, the composition root says.
/// Reads: <see cref="Keys.Site"/>. Writes: <see cref="ThemeKeys.Strings"/>.
/// </summary>
/// <param name="widgets">Each widget's name (<c>quiz</c>) with the names of the strings it cannot do without.</param>
public sealed class ReadThemeStrings(params (string Widget, IReadOnlyList<string> Required)[] widgets) : Module
{
    /// <inheritdoc />
    protected override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var language = inputs.SingleOrDefault()?.Get(Keys.Site)?.Language;
        var read = ImmutableSortedDictionary.CreateBuilder<string, ThemeStrings>(StringComparer.Ordinal);
        foreach (var (widget, required) in widgets)
        {
            var (strings, error) = ThemeStrings.Load(context.Settings.ThemeDirectory, widget, language, required);
            if (strings is not null)
            {
                read[widget] = strings;
            }
            else
            {
                context.Diagnostics.Error(Path.Combine(context.Settings.ThemeDirectory, "strings"), 1, 1, $"theme error: {error}");
            }
        }

        var all = read.ToImmutable();
        return [.. inputs.Select(settings => settings.With(ThemeKeys.Strings, all))];
    }
}
