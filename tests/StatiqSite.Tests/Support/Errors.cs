using StatiqSite.Build;
using StatiqSite.Pipeline;

namespace StatiqSite.Tests.Support;

/// <summary>Assertion helpers on a build's diagnostics.</summary>
public static class Errors
{
    /// <summary>The errors as "file:line:column: message" with the file relative to the site's input folder.</summary>
    public static IReadOnlyList<string> Of(BuildReport report, TestSite site) =>
        [.. report.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => Relative(d, site))];

    /// <summary>The warnings, formatted like <see cref="Of"/>.</summary>
    public static IReadOnlyList<string> WarningsOf(BuildReport report, TestSite site) =>
        [.. report.Diagnostics.Where(d => d.Severity == Severity.Warning).Select(d => Relative(d, site))];

    private static string Relative(Diagnostic d, TestSite site)
    {
        var path = d.Path;
        var full = Path.GetFullPath(path);
        if (full.StartsWith(site.InputDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            path = Path.GetRelativePath(site.InputDirectory, full).Replace('\\', '/');
        }

        return $"{path}:{d.Line}:{d.Column}: {d.Message}";
    }
}
