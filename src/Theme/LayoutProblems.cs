using StatiqSite.Pipeline;

namespace StatiqSite.Theme;

/// <summary>
/// The theme's problems as the contributor sees them: a Liquid file that does not parse (<c>ReadTheme</c>), and a layout
/// a page names that the theme lacks (<c>ValidateLayouts</c> in post-process, <c>ApplyLayout</c> should it meet one still).
/// </summary>
public static class LayoutProblems
{
    /// <summary>The layout used when a page names none.</summary>
    public const string DefaultLayout = "page";

    /// <summary>Reports the errors of loading the theme, each at its file.</summary>
    public static void Report(IReadOnlyList<(string File, string Message)> errors, DiagnosticBag diagnostics)
    {
        foreach (var (file, message) in errors)
        {
            diagnostics.Error(Path.GetRelativePath(Directory.GetCurrentDirectory(), file), 1, 1, $"theme error: {message}");
        }
    }

    /// <summary>Reports a page naming a layout the theme does not have.</summary>
    public static void ReportUnknown(Document page, string layout, ThemeTemplates theme, DiagnosticBag diagnostics) =>
        diagnostics.Error(page.DisplayPath, 1, 1, $"the theme has no layout '{layout}' (it has: {string.Join(", ", theme.LayoutNames)})");
}
