using System.Diagnostics;
using StatiqSite.Content;
using StatiqSite.Pipeline;

namespace StatiqSite.Build;

/// <summary>
/// The facade the command line and the tests use: runs the site's pipelines and swaps the result in
/// atomically. A build first claims its output folder (<see cref="OutputFolder"/>: the folder rules, then the lock),
/// writes into a staging folder beside it, and puts that in the output folder's place only when the whole build
/// succeeded; a failed, refused or interrupted build leaves the previous output as it was. A dry run (<c>check</c>,
/// the preview's builds) claims and writes nothing.
/// </summary>
public sealed class SiteBuild
{
    private readonly Engine _engine;

    /// <summary>Creates a build with the site's pipelines (or others, for tests).</summary>
    public SiteBuild(IEnumerable<Pipeline.Pipeline>? pipelines = null) => _engine = new Engine(pipelines ?? SitePipelines.Create());

    /// <summary>
    /// Runs a build. <paramref name="phaseDone"/> hears about each finished phase, and may stop the build by throwing
    /// (<see cref="OperationCanceledException"/> for Ctrl+C): nothing is swapped in then, since the output phase's
    /// call comes before the swap. Throws <see cref="OutputRefusedException"/> before anything is touched when the
    /// output folder may not be used; an error of the machine (a full disk, a read-only folder) comes out as the file
    /// system's exception, perhaps wrapped by the engine's parallel loops (<see cref="MachineErrors.Find"/>).
    /// </summary>
    public async Task<BuildReport> RunAsync(BuildSettings settings, Action<Phase, TimeSpan>? phaseDone = null)
    {
        var watch = Stopwatch.StartNew();
        using var output = settings.DryRun ? null : OutputFolder.Claim(settings, Environment.GetEnvironmentVariable("HOME"));
        var diagnostics = new DiagnosticBag { DisplayPath = path => DisplayPath(settings.InputDirectory, path) };
        var result = await _engine.RunAsync(settings, diagnostics, output?.Staging ?? Path.GetFullPath(settings.OutputDirectory), phaseDone);
        if (result.Succeeded && output is not null)
        {
            OutputFolder.WriteMarker(output.Staging);
            output.SwapIn();
        }

        var pages = result.Outputs.Values.SelectMany(d => d).Count(d => d.Destination.EndsWith(".html", StringComparison.Ordinal));
        var files = result.Outputs.Where(o => o.Key != PipelineNames.Settings).Sum(o => o.Value.Length);
        return new BuildReport(result, pages, files, watch.Elapsed);
    }

    /// <summary>A path relative to the current folder for messages: "input/basis/index.md".</summary>
    public static string DisplayPath(string inputDirectory, string path)
    {
        var full = Path.IsPathRooted(path) ? path : Path.Combine(Path.GetFullPath(inputDirectory), path);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? full : relative).Replace('\\', '/');
    }
}
