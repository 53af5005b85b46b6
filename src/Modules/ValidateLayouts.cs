using System.Collections.Immutable;
using StatiqSite.Content;
using StatiqSite.Pipeline;
using StatiqSite.Theme;

namespace StatiqSite.Modules;

/// <summary>
/// Checks, in post-process with every other check, what <see cref="ApplyLayout"/> will need in the output phase:
/// that the theme's Liquid files parse, and that the theme has every page's layout (<see cref="Keys.Layout"/>, set by
/// generated pages such as <c>404.html</c>; default <see cref="ApplyLayout.DefaultLayout"/>). So a broken or incomplete
/// theme is reported with the build's other problems, not only once they are fixed. Documents pass unchanged.
/// </summary>
public sealed class ValidateLayouts : Module
{
    /// <inheritdoc />
    protected override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var (theme, errors) = ThemeTemplates.Load(context.Settings.ThemeDirectory);
        Report(errors, context.Diagnostics);
        if (theme is null)
        {
            return inputs;
        }

        foreach (var page in inputs.Where(d => d.Bytes is null && d.Destination.EndsWith(".html", StringComparison.Ordinal)))
        {
            var layout = page.Get(Keys.Layout) ?? ApplyLayout.DefaultLayout;
            if (!theme.HasLayout(layout))
            {
                ReportUnknown(page, layout, theme, context.Diagnostics);
            }
        }

        return inputs;
    }

    /// <summary>Reports the errors of loading the theme, each at its file.</summary>
    internal static void Report(IReadOnlyList<(string File, string Message)> errors, DiagnosticBag diagnostics)
    {
        foreach (var (file, message) in errors)
        {
            diagnostics.Error(Path.GetRelativePath(Directory.GetCurrentDirectory(), file), 1, 1, $"theme error: {message}");
        }
    }

    /// <summary>Reports a page naming a layout the theme does not have.</summary>
    internal static void ReportUnknown(Document page, string layout, ThemeTemplates theme, DiagnosticBag diagnostics) =>
        diagnostics.Error(page.DisplayPath, 1, 1, $"the theme has no layout '{layout}' (it has: {string.Join(", ", theme.LayoutNames)})");
}
