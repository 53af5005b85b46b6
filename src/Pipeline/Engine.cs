using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;

namespace StatiqSite.Pipeline;

/// <summary>
/// Runs pipelines through their phases, as Statiq does: input for all at once; process in dependency
/// order (independent pipelines in parallel); post-process once every process phase is done; output
/// only when no error was reported, streamed document by document (see <see cref="RunOutputPhase"/>), and in a
/// dry run too: output modules that write honour <see cref="BuildSettings.DryRun"/>. The engine knows nothing
/// about Markdown or HTML.
/// </summary>
public sealed class Engine
{
    private readonly ImmutableArray<Pipeline> _pipelines;

    /// <summary>Creates an engine; fails fast on unknown or circular dependencies (a programming error).</summary>
    public Engine(IEnumerable<Pipeline> pipelines)
    {
        _pipelines = [.. pipelines];
        CheckDependencies();
    }

    /// <summary>The pipelines, in registration order.</summary>
    public ImmutableArray<Pipeline> Pipelines => _pipelines;

    /// <summary>Runs all phases. Output modules write below <paramref name="outputRoot"/>.</summary>
    /// <param name="settings">The build's options.</param>
    /// <param name="diagnostics">Where modules report problems.</param>
    /// <param name="outputRoot">The folder output modules write to.</param>
    /// <param name="phaseDone">Told when a phase has finished everywhere, with its duration.</param>
    public async Task<EngineResult> RunAsync(
        BuildSettings settings, DiagnosticBag diagnostics, string outputRoot, Action<Phase, TimeSpan>? phaseDone = null)
    {
        var run = new EngineRun(settings, diagnostics, outputRoot);
        var watch = Stopwatch.StartNew();
        // Concurrent: the process phase takes each pipeline's inputs out, so they can be freed as soon as replaced.
        var inputs = new ConcurrentDictionary<string, ImmutableArray<Document>>(await RunPhaseEverywhere(run, Phase.Input, _ => []), StringComparer.Ordinal);
        phaseDone?.Invoke(Phase.Input, watch.Elapsed);
        watch.Restart();
        await RunProcessPhase(run, inputs);
        phaseDone?.Invoke(Phase.Process, watch.Elapsed);
        watch.Restart();
        // Each pipeline's post-process takes its own process outputs out of this table, so nothing else holds them.
        var processed = new ConcurrentDictionary<string, ImmutableArray<Document>>(run.ProcessOutputs, StringComparer.Ordinal);
        foreach (var pipeline in _pipelines.Where(p => p.PrivateContent))
        {
            run.ProcessOutputs[pipeline.Name] = [.. processed[pipeline.Name].Select(d => d with { Content = "" })];
        }

        // The output phase takes the documents out of this table: each is freed once written.
        var post = new ConcurrentDictionary<string, ImmutableArray<Document>>(
            await RunPhaseEverywhere(run, Phase.PostProcess, p => Take(processed, p.Name)), StringComparer.Ordinal);
        phaseDone?.Invoke(Phase.PostProcess, watch.Elapsed);
        IReadOnlyDictionary<string, ImmutableArray<Document>> outputs = post;
        if (!diagnostics.HasErrors)
        {
            watch.Restart();
            MemoryPolicy.BeforeOutput(settings);
            outputs = await RunOutputPhase(run, post);
            phaseDone?.Invoke(Phase.Output, watch.Elapsed);
        }

        run.ProcessOutputs.Clear();
        var timings = run.Timings.OrderBy(t => t.Pipeline, StringComparer.Ordinal).ThenBy(t => t.Phase).ThenBy(t => t.Index).ToList();
        return new EngineResult(diagnostics.Sorted(), outputs, timings) { DocumentTimings = [.. run.DocumentTimings] };
    }

    /// <summary>
    /// The output phase streams: each document goes through all of its pipeline's output modules (each called with
    /// that one document) before it is let go, documents in parallel, results in input order. So a finished page
    /// is made, written and freed while others are still waiting, instead of every finished page of the site being
    /// held at once. A module's time in the timings is its share of the phase's wall time.
    /// </summary>
    private async Task<Dictionary<string, ImmutableArray<Document>>> RunOutputPhase(
        EngineRun run, ConcurrentDictionary<string, ImmutableArray<Document>> pending)
    {
        var tasks = _pipelines.Select(p => Task.Run(() => StreamOutput(run, p, Queue(pending, p.Name)))).ToArray();
        var results = await Task.WhenAll(tasks);
        return _pipelines.Select((p, i) => (p.Name, results[i])).ToDictionary(x => x.Name, x => x.Item2, StringComparer.Ordinal);
    }

    private static ImmutableArray<Document> StreamOutput(EngineRun run, Pipeline pipeline, ConcurrentQueue<(int Index, Document Document)> waiting)
    {
        var modules = pipeline.Output;
        var count = waiting.Count;
        var context = new ExecutionContext(run, pipeline, Phase.Output);
        var states = modules.Select(m => m.BeforeExecution(context)).ToArray();
        var results = new Document[count][];
        var times = modules.Select(_ => new DocumentTime[count]).ToArray();
        var watch = Stopwatch.StartNew();
        Parallel.For(0, count, _ =>
        {
            waiting.TryDequeue(out var next);
            var (index, name) = (next.Index, next.Document.DisplayPath);
            Document[] current = [next.Document];
            for (var m = 0; m < modules.Length; m++)
            {
                var paused = GC.GetTotalPauseDuration();
                var start = Stopwatch.GetTimestamp();
                current = [.. current.SelectMany(d => modules[m].Execute(d, states[m], context))];
                var time = Stopwatch.GetElapsedTime(start) - (GC.GetTotalPauseDuration() - paused);
                times[m][index] = new DocumentTime(name, time > TimeSpan.Zero ? time : TimeSpan.Zero);
            }

            results[index] = current;
        });

        var wall = watch.Elapsed;
        var total = Math.Max(1, times.Sum(t => t.Sum(d => d.Elapsed.Ticks)));
        var outputs = results.SelectMany(r => r).ToImmutableArray();
        for (var m = 0; m < modules.Length; m++)
        {
            var name = NameOf(modules[m]);
            context.RecordDocumentTimes(name, [.. times[m]]);
            run.Timings.Add(new ModuleTiming(pipeline.Name, Phase.Output, m, name, ShareOf(wall, times[m].Sum(d => d.Elapsed.Ticks), total), outputs.Length));
        }

        return outputs;
    }

    /// <summary>
    /// <paramref name="part"/>/<paramref name="total"/> of <paramref name="wall"/>. The fraction is taken first: the
    /// product of a long phase's ticks and a tick count of busy time overflows a TimeSpan (10,000 pages did).
    /// </summary>
    internal static TimeSpan ShareOf(TimeSpan wall, long part, long total) => wall * ((double)part / total);

    private async Task<Dictionary<string, ImmutableArray<Document>>> RunPhaseEverywhere(
        EngineRun run, Phase phase, Func<Pipeline, ImmutableArray<Document>> inputsOf)
    {
        var tasks = _pipelines.Select(p => Task.Run(() => RunModules(run, p, phase, () => inputsOf(p)))).ToArray();
        var results = await Task.WhenAll(tasks);
        return _pipelines.Select((p, i) => (p.Name, results[i])).ToDictionary(x => x.Name, x => x.Item2, StringComparer.Ordinal);
    }

    private async Task RunProcessPhase(EngineRun run, ConcurrentDictionary<string, ImmutableArray<Document>> inputs)
    {
        var done = new Dictionary<string, Task>(StringComparer.Ordinal);
        foreach (var pipeline in TopologicalOrder())
        {
            var before = pipeline.Dependencies.Select(d => done[d]).ToArray();
            done[pipeline.Name] = Task.Run(async () =>
            {
                await Task.WhenAll(before);
                // Taken out of the table: once the first module has replaced them, nothing holds the input documents.
                run.ProcessOutputs[pipeline.Name] = await RunModules(run, pipeline, Phase.Process, () => Take(inputs, pipeline.Name));
            });
        }

        await Task.WhenAll(done.Values);
    }

    /// <summary>
    /// A pipeline's documents taken out of the table into a queue with their positions: a document dequeued is held
    /// by its own worker alone, so each finished document is freed once its output modules are done with it.
    /// </summary>
    private static ConcurrentQueue<(int Index, Document Document)> Queue(ConcurrentDictionary<string, ImmutableArray<Document>> table, string name) =>
        new(Take(table, name).Select((document, index) => (index, document)));

    /// <summary>A module's name in the timings: a cache wrapper is named after the modules it wraps.</summary>
    private static string NameOf(object module) => module is CacheDocuments cache ? cache.Name : module.GetType().Name;

    private static ImmutableArray<Document> Take(ConcurrentDictionary<string, ImmutableArray<Document>> table, string name) =>
        table.Remove(name, out var documents) ? documents : [];

    private static async Task<ImmutableArray<Document>> RunModules(
        EngineRun run, Pipeline pipeline, Phase phase, Func<ImmutableArray<Document>> take)
    {
        // The documents are taken only here, so once a module has replaced them, nothing holds them (a page's body
        // HTML need not live until the end of its phase).
        var documents = take();
        var context = new ExecutionContext(run, pipeline, phase);
        var modules = pipeline.ModulesOf(phase);
        for (var i = 0; i < modules.Length; i++)
        {
            var watch = Stopwatch.StartNew();
            documents = await modules[i].ExecuteAsync(documents, context);
            run.Timings.Add(new ModuleTiming(pipeline.Name, phase, i, NameOf(modules[i]), watch.Elapsed, documents.Length));
        }

        return documents;
    }

    private IEnumerable<Pipeline> TopologicalOrder()
    {
        var byName = _pipelines.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var order = new List<Pipeline>();
        void Visit(Pipeline p)
        {
            if (!visited.Add(p.Name))
            {
                return;
            }

            foreach (var dependency in p.Dependencies)
            {
                Visit(byName[dependency]);
            }

            order.Add(p);
        }

        foreach (var pipeline in _pipelines)
        {
            Visit(pipeline);
        }

        return order;
    }

    private void CheckDependencies()
    {
        var byName = new Dictionary<string, Pipeline>(StringComparer.Ordinal);
        foreach (var pipeline in _pipelines)
        {
            if (!byName.TryAdd(pipeline.Name, pipeline))
            {
                throw new ArgumentException($"Two pipelines are named '{pipeline.Name}'.");
            }
        }

        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: visiting, true: done
        void Visit(Pipeline p, string path)
        {
            if (state.TryGetValue(p.Name, out var finished))
            {
                if (!finished)
                {
                    throw new ArgumentException($"Pipelines depend on each other in a circle: {path} -> {p.Name}.");
                }

                return;
            }

            state[p.Name] = false;
            foreach (var dependency in p.Dependencies)
            {
                if (!byName.TryGetValue(dependency, out var next))
                {
                    throw new ArgumentException($"Pipeline '{p.Name}' depends on unknown pipeline '{dependency}'.");
                }

                Visit(next, $"{path} -> {p.Name}");
            }

            state[p.Name] = true;
        }

        foreach (var pipeline in _pipelines)
        {
            Visit(pipeline, "");
        }
    }
}
