using System.Collections.Immutable;
using StatiqSite.Content;
using StatiqSite.Pipeline;
using StatiqSite.Theme;

namespace StatiqSite.Modules;

/// <summary>
/// Checks, in post-process with every other check, what <see cref="ApplyLayout"/> will need in the output phase:
/// that the theme has every page's layout (<see cref="Keys.Layout"/>, set by generated pages such as <c>404.html</c>;
/// default <see cref="LayoutProblems.DefaultLayout"/>). So an incomplete theme is reported with the build's other
/// problems, not only once they are fixed (a theme that does not parse is reported by <c>ReadTheme</c>). Documents pass unchanged.
/// </summary>
public sealed class ValidateLayouts : Module
{
    /// <inheritdoc />
    protected override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        if (context.Theme() is not { } theme)
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
