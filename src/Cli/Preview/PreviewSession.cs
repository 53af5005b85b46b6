using System.Diagnostics;
using System.Globalization;
using StatiqSite.Build;
using StatiqSite.Pipeline;

namespace StatiqSite.Cli.Preview;

/// <summary>
/// A running preview: the server, the watcher, and the loop that rebuilds after each batch of changes, prints
/// the outcome in the terminal and tells the browsers. A failed build changes nothing that is served: its
/// errors go to the terminal and, through <see cref="LiveReloadHub"/>, to the overlay in the browser. So does a
/// build that could not finish at all (a full disk, or a bug in the generator): the loop keeps watching, and the
/// next save builds again from the start. The session holds the output folder's lock (<see cref="OutputFolder"/>)
/// until it stops, so no build writes into the folder it serves. Start it with <see cref="StartAsync"/>; dispose it (or cancel <see cref="RunAsync"/>) to stop it.
/// </summary>
public sealed class PreviewSession : IAsyncDisposable
{
    private readonly IncrementalBuilder _builder;
    private readonly LiveReloadHub _hub;
    private readonly PreviewServer _server;
    private readonly SourceWatcher _watcher;
    private readonly OutputFolder _folder;
    private readonly string _output;
    private readonly TextWriter _out;
    private readonly TextWriter _error;
    private readonly CancellationTokenSource _stop = new();
    private Task _loop = Task.CompletedTask;

    /// <summary>Whether to print the time per module after each build (--timings).</summary>
    public bool Timings { get; init; }

    private PreviewSession(BuildSettings settings, OutputFolder folder, PreviewServer server, LiveReloadHub hub, TextWriter output, TextWriter error,
        Func<IReadOnlyList<Pipeline.Pipeline>>? pipelines)
    {
        _builder = new IncrementalBuilder(settings, pipelines);
        _folder = folder;
        _server = server;
        _hub = hub;
        _output = Path.GetFullPath(settings.OutputDirectory);
        _out = output;
        _error = error;
        _watcher = new SourceWatcher(settings.InputDirectory, settings.ThemeDirectory);
    }

    /// <summary>The address the site is served on.</summary>
    public Uri Url => _server.Url;

    /// <summary>
    /// Claims the output folder (see <see cref="OutputFolder.Claim"/>), starts the server on <paramref name="port"/>
    /// (0: any free one), builds the site, starts watching. <paramref name="pipelines"/> makes the pipelines of a full
    /// build: the site's when null (others for tests).
    /// </summary>
    public static async Task<PreviewSession> StartAsync(
        BuildSettings settings, int port, TextWriter output, TextWriter error, CancellationToken cancel, bool timings = false,
        Func<IReadOnlyList<Pipeline.Pipeline>>? pipelines = null)
    {
        var hub = new LiveReloadHub();
        var folder = OutputFolder.Claim(settings, Environment.GetEnvironmentVariable("HOME"));
        PreviewServer server;
        try
        {
            Directory.CreateDirectory(folder.Path);
            server = await PreviewServer.StartAsync(folder.Path, port, hub, cancel);
        }
        catch
        {
            folder.Dispose();
            throw;
        }

        var session = new PreviewSession(settings, folder, server, hub, output, error, pipelines) { Timings = timings };
        await session.RebuildAsync([]);
        session._loop = Task.Run(() => session.WatchAsync(session._stop.Token), CancellationToken.None);
        return session;
    }

    /// <summary>Serves until <paramref name="cancel"/> fires (or the process is asked to stop), then stops.</summary>
    public async Task RunAsync(CancellationToken cancel)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancel, _server.Stopping);
        try
        {
            await Task.Delay(Timeout.Infinite, either.Token);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C (or the test) asked to stop.
        }

        await DisposeAsync();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_stop.IsCancellationRequested)
        {
            return;
        }

        await _stop.CancelAsync();
        await _loop;
        _watcher.Dispose();
        await _server.DisposeAsync();
        _folder.Dispose();
        _stop.Dispose();
    }

    private async Task WatchAsync(CancellationToken cancel)
    {
        while (!cancel.IsCancellationRequested)
        {
            try
            {
                await RebuildAsync(await _watcher.NextBatchAsync(cancel));
            }
            catch (OperationCanceledException) when (cancel.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task RebuildAsync(IReadOnlyList<string> changed)
    {
        var watch = Stopwatch.StartNew();
        RebuildOutcome outcome;
        try
        {
            outcome = await _builder.RebuildAsync(changed);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await ReportFailureAsync(e);
            return;
        }

        var report = outcome.Report;
        foreach (var diagnostic in report.Diagnostics)
        {
            await _error.WriteLineAsync(diagnostic.ToString());
        }

        var ms = watch.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
        var errors = report.Diagnostics.Count(d => d.Severity == Severity.Error);
        await (report.Succeeded
            ? _out.WriteLineAsync($"Built {report.Pages} pages in {ms} ms ({(outcome.Full ? "full" : "incremental")}): {outcome.Changed.Count} {(outcome.Changed.Count == 1 ? "file" : "files")} changed.")
            : _error.WriteLineAsync($"Failed: {errors} {(errors == 1 ? "error" : "errors")} in {ms} ms. Still serving the last good site; fix and save to rebuild."));
        if (Timings)
        {
            TimingsTable.Write(report.Result.Timings, _out);
        }

        _hub.Publish(EventOf(outcome, changed));
    }

    /// <summary>
    /// A build that threw: a file the machine would not read or write (locked, vanished, a full disk), or a bug. Told
    /// in the terminal and in the browser overlay like content errors; the last good site stays served.
    /// </summary>
    private async Task ReportFailureAsync(Exception e)
    {
        var message = MachineErrors.Find(e) is { } machine
            ? $"error: {MachineErrors.Describe(machine, _output)}"
            : $"internal error: {e.GetBaseException().Message} (a bug in the generator, not in your content: please report it). Still serving the last good site; save a file to build again.";
        await _error.WriteLineAsync(message);
        _hub.Publish(new PreviewEvent(PreviewEventKinds.Errors, _builder.Builds, [], [message]));
    }

    private PreviewEvent EventOf(RebuildOutcome outcome, IReadOnlyList<string> trigger)
    {
        if (!outcome.Report.Succeeded)
        {
            var errors = outcome.Report.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()).ToList();
            return new PreviewEvent(PreviewEventKinds.Errors, outcome.Build, [], errors);
        }

        var urls = outcome.Changed.Select(path => "/" + path).ToList();
        if (urls.Count == 0)
        {
            return new PreviewEvent(PreviewEventKinds.Clean, outcome.Build, [], []);
        }

        // Saving a stylesheet renames it (fingerprint) and so changes every page's <link>: swapping the
        // stylesheet in the open page gives the same result without losing the scroll position.
        var onlyCss = trigger.Count > 0 && trigger.All(IsCss) && urls.All(u => IsCss(u) || u.EndsWith(".html", StringComparison.Ordinal));
        return onlyCss
            ? new PreviewEvent(PreviewEventKinds.Css, outcome.Build, [.. urls.Where(u => IsCss(u) && File.Exists(_output + u))], [])
            : new PreviewEvent(PreviewEventKinds.Reload, outcome.Build, urls, []);
    }

    private static bool IsCss(string path) => path.EndsWith(".css", StringComparison.OrdinalIgnoreCase);
}
