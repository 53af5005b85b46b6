using System.Collections.Immutable;
using StatiqSite.Content;
using StatiqSite.Pipeline;
using StatiqSite.Theme;

namespace StatiqSite.Modules;

/// <summary>
/// Checks, in post-process with every other check, what <see cref="ApplyLayout"/> will need in the output phase:
/// that the theme's Liquid files parse, and that the theme has every page's layout (<see cref="Keys.Layout"/>, set by
/// generated pages such as <c>404.html</c>; default <see cref="LayoutProblems.DefaultLayout"/>). So a broken or incomplete
/// theme is reported with the build's other problems, not only once they are fixed. Documents pass unchanged.
/// </summary>
public sealed class ValidateLayouts : Module
{
    /// <inheritdoc />
    protected override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var (theme, errors) = context.Theme();
        LayoutProblems.Report(errors, context.Diagnostics);
        if (theme is null)
        {
            return inputs;
        }

        foreach (var page in inputs.Where(d => d.Bytes is null && d.Destination.EndsWith(".html", StringComparison.Ordinal)))
        {
            var layout = page.Get(Keys.Layout) ?? LayoutProblems.DefaultLayout;
            if (!theme.HasLayout(layout))
            {
                LayoutProblems.ReportUnknown(page, layout, theme, context.Diagnostics);
            }
        }

        return inputs;
    }
}
