using System.Diagnostics;
using StatiqSite.Pipeline;

namespace StatiqSite.Build;

/// <summary>
/// The facade the command line and the tests use: runs the site's pipelines and swaps the result in
/// atomically. The site is written into a temporary folder beside the output folder, which replaces the output
/// folder only when the whole build succeeded; a failed build leaves the previous output as it was.
/// </summary>
public sealed class SiteBuild
{
    private readonly Engine _engine;

    /// <summary>Creates a build with the site's pipelines (or others, for tests).</summary>
    public SiteBuild(IEnumerable<Pipeline.Pipeline>? pipelines = null) => _engine = new Engine(pipelines ?? SitePipelines.Create());

    /// <summary>Runs a build. <paramref name="phaseDone"/> hears about each finished phase.</summary>
    public async Task<BuildReport> RunAsync(BuildSettings settings, Action<Phase, TimeSpan>? phaseDone = null)
    {
        var watch = Stopwatch.StartNew();
        var output = Path.GetFullPath(settings.OutputDirectory);
        var staging = SiblingOf(output, "building");
        DeleteIfPresent(staging);
        var diagnostics = new DiagnosticBag { DisplayPath = path => DisplayPath(settings.InputDirectory, path) };
        try
        {
            var result = await _engine.RunAsync(settings, diagnostics, staging, phaseDone);
            if (result.Succeeded && !settings.DryRun)
            {
                Directory.CreateDirectory(staging);
                SwapIn(staging, output);
            }

            var pages = result.Outputs.Values.SelectMany(d => d).Count(d => d.Destination.EndsWith(".html", StringComparison.Ordinal));
            var files = result.Outputs.Where(o => o.Key != PipelineNames.Settings).Sum(o => o.Value.Length);
            return new BuildReport(result, pages, files, watch.Elapsed);
        }
        finally
        {
            DeleteIfPresent(staging);
        }
    }

    /// <summary>A path relative to the current folder for messages: "input/basis/index.md".</summary>
    public static string DisplayPath(string inputDirectory, string path)
    {
        var full = Path.IsPathRooted(path) ? path : Path.Combine(Path.GetFullPath(inputDirectory), path);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? full : relative).Replace('\\', '/');
    }

    private static void SwapIn(string staging, string output)
    {
        var old = SiblingOf(output, "old");
        DeleteIfPresent(old);
        if (Directory.Exists(output))
        {
            Directory.Move(output, old);
        }

        Directory.Move(staging, output);
        DeleteIfPresent(old);
    }

    private static string SiblingOf(string output, string suffix) =>
        Path.Combine(Path.GetDirectoryName(output)!, "." + Path.GetFileName(output) + "." + suffix);

    private static void DeleteIfPresent(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
