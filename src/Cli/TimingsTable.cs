using System.Globalization;
using StatiqSite.Pipeline;

namespace StatiqSite.Cli;

/// <summary>
/// The tables of <c>--timings</c>: time per pipeline, phase and module, slowest pipeline first; then the slowest
/// pages, each with the time all modules spent on it together and the two modules that took longest.
/// </summary>
public static class TimingsTable
{
    /// <summary>How many of the slowest pages are listed.</summary>
    public const int SlowestPages = 10;

    /// <summary>Writes the tables.</summary>
    public static void Write(IReadOnlyList<ModuleTiming> timings, TextWriter output, IReadOnlyList<DocumentTimings>? documents = null)
    {
        output.WriteLine();
        output.WriteLine($"{"pipeline",-10} {"phase",-12} {"module",-24} {"docs",6} {"ms",9}");
        foreach (var pipeline in timings.GroupBy(t => t.Pipeline).OrderByDescending(g => g.Sum(t => t.Elapsed.Ticks)))
        {
            foreach (var t in pipeline)
            {
                output.WriteLine($"{t.Pipeline,-10} {t.Phase,-12} {t.Module,-24} {t.Documents,6} {Ms(t.Elapsed),9}");
            }

            output.WriteLine($"{pipeline.Key,-10} {"total",-12} {"",-24} {"",6} {Ms(new TimeSpan(pipeline.Sum(t => t.Elapsed.Ticks))),9}");
        }

        var slowest = Slowest(documents ?? []);
        if (slowest.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"{"slowest pages",-48} {"ms",9}  {"most of it in"}");
            foreach (var (page, total, modules) in slowest)
            {
                var parts = string.Join(", ", modules.Select(m => $"{m.Module} {Ms(m.Elapsed)}"));
                output.WriteLine($"{page,-48} {Ms(total),9}  {parts}");
            }
        }

        output.WriteLine();
    }

    /// <summary>The pages (Markdown sources and HTML outputs) with the largest time summed over all modules.</summary>
    public static IReadOnlyList<(string Page, TimeSpan Total, IReadOnlyList<(string Module, TimeSpan Elapsed)> Modules)> Slowest(
        IEnumerable<DocumentTimings> documents) =>
        [.. documents
            .SelectMany(d => d.Times.Select(t => (t.Document, d.Module, t.Elapsed)))
            .Where(t => t.Document.EndsWith(".md", StringComparison.Ordinal) || t.Document.EndsWith(".html", StringComparison.Ordinal))
            .GroupBy(t => t.Document, StringComparer.Ordinal)
            .Select(g => (Page: g.Key, Total: new TimeSpan(g.Sum(t => t.Elapsed.Ticks)), Modules: Top(g.Select(t => (t.Module, t.Elapsed)))))
            .OrderByDescending(p => p.Total)
            .ThenBy(p => p.Page, StringComparer.Ordinal)
            .Take(SlowestPages)];

    private static IReadOnlyList<(string Module, TimeSpan Elapsed)> Top(IEnumerable<(string Module, TimeSpan Elapsed)> times) =>
        [.. times.GroupBy(t => t.Module, StringComparer.Ordinal)
            .Select(g => (Module: g.Key, Elapsed: new TimeSpan(g.Sum(t => t.Elapsed.Ticks))))
            .OrderByDescending(m => m.Elapsed)
            .ThenBy(m => m.Module, StringComparer.Ordinal)
            .Take(2)];

    private static string Ms(TimeSpan elapsed) => elapsed.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture);
}
