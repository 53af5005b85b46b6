using StatiqSite.Build;
using StatiqSite.Pipeline;

namespace StatiqSite.Cli.Preview;

/// <summary>
/// Rebuilds the site for the preview with the same <see cref="SiteBuild"/> (and so the same module instances)
/// each time: the per-page modules wrapped in <see cref="CacheDocuments"/> remember what they made of each page, so a
/// saved page is parsed, rendered and laid out again alone, while the site-wide steps (navigation, sitemap,
/// checks) run over everything as in a normal build. A change to the theme or to an input file starting with
/// '_' (<c>_site.yml</c>, <c>_glossary.yml</c>) can change every page: it starts over with a fresh build.
/// The build is a dry run: its output phase lays the pages out but writes nothing; <see cref="OutputSync"/> writes
/// what the output modules would have written, but only the files whose bytes changed, and the output folder's
/// marker. A build that throws is counted, and the next one is full.
/// </summary>
/// <param name="settings">The build's settings; its builds run as dry runs with <see cref="BuildSettings.Incremental"/> on.</param>
/// <param name="pipelines">Makes the pipelines of a full build: the site's (or others, for tests).</param>
public sealed class IncrementalBuilder(BuildSettings settings, Func<IReadOnlyList<Pipeline.Pipeline>>? pipelines = null)
{
    private readonly Func<IReadOnlyList<Pipeline.Pipeline>> _pipelines = pipelines ?? SitePipelines.Create;
    private readonly BuildSettings _settings = settings with { DryRun = true, Incremental = true };
    private readonly OutputSync _sync = new();
    private readonly string _input = Path.GetFullPath(settings.InputDirectory);
    private readonly string _theme = Path.GetFullPath(settings.ThemeDirectory);
    private readonly string _output = Path.GetFullPath(settings.OutputDirectory);
    private SiteBuild? _build;
    private HashSet<string> _written = [];

    /// <summary>How many builds ran.</summary>
    public int Builds { get; private set; }

    /// <summary>Builds the site after <paramref name="changedPaths"/> (full paths) changed; the first build builds all.</summary>
    public async Task<RebuildOutcome> RebuildAsync(IReadOnlyCollection<string> changedPaths)
    {
        var full = _build is null || changedPaths.Any(NeedsFullRebuild);
        if (full)
        {
            var pipelines = _pipelines();
            _written = [.. pipelines.Where(p => !p.Output.IsEmpty).Select(p => p.Name)];
            _build = new SiteBuild(pipelines);
        }

        Builds++;
        try
        {
            var report = await _build!.RunAsync(_settings);
            IReadOnlyList<string> changed = [];
            if (report.Succeeded)
            {
                changed = _sync.Publish(report.Result.Outputs.Where(o => _written.Contains(o.Key)).SelectMany(o => o.Value), _output);
                // As a build leaves it: the served folder is then one a later build may replace.
                OutputFolder.WriteMarker(_output);
            }

            return new RebuildOutcome(report, changed, full, Builds);
        }
        catch
        {
            // Whatever the modules remembered of a build that threw is not trusted: the next one starts over.
            _build = null;
            throw;
        }
    }

    /// <summary>Whether a change can affect every page: the theme, the settings, the glossary, the folders themselves.</summary>
    public bool NeedsFullRebuild(string path)
    {
        if (path == _input || path == _theme || IsBelow(path, _theme))
        {
            return true;
        }

        return IsBelow(path, _input) && Path.GetRelativePath(_input, path).Split(Path.DirectorySeparatorChar).Any(s => s.StartsWith('_'));
    }

    private static bool IsBelow(string path, string folder) => path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}

/// <summary>The result of one preview build.</summary>
/// <param name="Report">The build's report, with its diagnostics.</param>
/// <param name="Changed">Output-relative paths written or deleted in the served folder.</param>
/// <param name="Full">Whether the build started over without remembered pages.</param>
/// <param name="Build">The build's number, counting from 1.</param>
public sealed record RebuildOutcome(BuildReport Report, IReadOnlyList<string> Changed, bool Full, int Build);
