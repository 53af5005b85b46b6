using System.Globalization;
using System.Runtime.InteropServices;
using StatiqSite.Build;
using StatiqSite.Pipeline;

namespace StatiqSite.Cli;

/// <summary><c>build</c> and <c>check</c>: one line per phase, every problem, a summary.</summary>
public static class BuildCommand
{
    /// <summary>
    /// Runs a build (or a check) and prints its outcome. Ctrl+C or SIGTERM stops it at the end of the phase under
    /// way: the staging folder is removed, the lock released, the previous output kept; exit status 130.
    /// </summary>
    public static async Task<int> RunAsync(Options options, TextWriter output, TextWriter error)
    {
        var settings = CommandLine.SettingsOf(options);
        using var stop = new CancellationTokenSource();
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        try
        {
            // The engine has no cancellation of its own: the build stops at the end of the phase under way.
            var report = await new SiteBuild().RunAsync(settings, (phase, elapsed) =>
            {
                output.WriteLine($"{phase,-12} {Milliseconds(elapsed),8}");
                stop.Token.ThrowIfCancellationRequested();
            });
            return Print(report, options, output, error);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            await error.WriteLineAsync(options.Command == Commands.Check
                ? "Stopped."
                : $"Stopped: nothing was written, {options.Output}/ was left as it was.");
            return CommandLine.Interrupted;
        }

        void Stop(PosixSignalContext context)
        {
            // A second Ctrl+C while stopping ends the process at once: the next build clears what is left.
            context.Cancel = !stop.IsCancellationRequested;
            error.WriteLine("Stopping at the end of this phase...");
            stop.Cancel();
        }
    }

    /// <summary>Prints diagnostics, the summary and, when asked, the timings; returns the exit status.</summary>
    public static int Print(BuildReport report, Options options, TextWriter output, TextWriter error)
    {
        foreach (var diagnostic in report.Diagnostics)
        {
            error.WriteLine(diagnostic);
        }

        if (GitHubAnnotations.WorkspaceFromEnvironment() is { } workspace)
        {
            GitHubAnnotations.Write(report.Diagnostics, output, workspace);
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
            // check never writes, so it has nothing to say about the output folder.
            var kept = options.Command == Commands.Check ? "" : $" {options.Output}/ was left as it was.";
            error.WriteLine($"Failed: {errors} {Plural(errors, "error")}, {warnings} {Plural(warnings, "warning")}.{kept}");
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
