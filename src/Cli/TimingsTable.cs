using System.Globalization;
using StatiqSite.Pipeline;

namespace StatiqSite.Cli;

/// <summary>The table of <c>--timings</c>: time per pipeline, phase and module, slowest first within a pipeline.</summary>
public static class TimingsTable
{
    /// <summary>Writes the table.</summary>
    public static void Write(IReadOnlyList<ModuleTiming> timings, TextWriter output)
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

        output.WriteLine();
    }

    private static string Ms(TimeSpan elapsed) => elapsed.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture);
}
