using StatiqSite.Pipeline;

namespace StatiqSite.Cli.Preview;

/// <summary><c>preview</c>: build, serve on loopback, rebuild on change, until Ctrl+C.</summary>
public static class PreviewCommand
{
    /// <summary>Runs the preview server until Ctrl+C; exit status 0 then.</summary>
    public static async Task<int> RunAsync(Options options, TextWriter output, TextWriter error)
    {
        using var stop = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true; // stop cleanly below instead of being killed
            stop.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            await using var session = await PreviewSession.StartAsync(SettingsOf(options), options.Port, output, error, stop.Token, options.Timings);
            await output.WriteLineAsync($"Serving {options.Output}/ on {session.Url} (watching {options.Input}/ and {options.Theme}/). Press Ctrl+C to stop.");
            await session.RunAsync(stop.Token);
            await output.WriteLineAsync("Preview stopped.");
            return CommandLine.Success;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    /// <summary>The build settings of the preview: as for <c>build</c>, served at the root of the server.</summary>
    public static BuildSettings SettingsOf(Options options) =>
        CommandLine.SettingsOf(options) with { BasePath = "/" };
}
