using System.Globalization;
using StatiqSite.Build;
using StatiqSite.Pipeline;

namespace StatiqSite.Cli;

/// <summary><c>build</c> and <c>check</c>: one line per phase, every problem, a summary.</summary>
public static class BuildCommand
{
    /// <summary>Runs a build (or a check) and prints its outcome.</summary>
    public static async Task<int> RunAsync(Options options, TextWriter output, TextWriter error)
    {
        var settings = CommandLine.SettingsOf(options);
        var report = await new SiteBuild().RunAsync(settings, (phase, elapsed) =>
            output.WriteLine($"{phase,-12} {Milliseconds(elapsed),8}"));
        return Print(report, options, output, error);
    }

    /// <summary>Prints diagnostics, the summary and, when asked, the timings; returns the exit status.</summary>
    public static int Print(BuildReport report, Options options, TextWriter output, TextWriter error)
    {
        foreach (var diagnostic in report.Diagnostics)
        {
            error.WriteLine(diagnostic);
        }

        if (options.Timings)
        {
            TimingsTable.Write(report.Result.Timings, output, report.Result.DocumentTimings);
        }

        var errors = report.Diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = report.Diagnostics.Count - errors;
        var seconds = report.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        if (errors > 0)
        {
            error.WriteLine($"Failed: {errors} {Plural(errors, "error")}, {warnings} {Plural(warnings, "warning")}. {options.Output}/ was left as it was.");
            return CommandLine.ContentErrors;
        }

        output.WriteLine(options.Command == Commands.Check
            ? $"Checked {report.Pages} pages in {seconds} s: no errors, {warnings} {Plural(warnings, "warning")}."
            : $"Built {report.Pages} pages, {report.Files} files into {options.Output}/ in {seconds} s ({warnings} {Plural(warnings, "warning")}).");
        return CommandLine.Success;
    }

    private static string Milliseconds(TimeSpan elapsed) => $"{elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms";

    private static string Plural(int count, string word) => count == 1 ? word : word + "s";
}
