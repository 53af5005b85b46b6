using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Runtime.CompilerServices;

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
    // Above this many bytes on the heap after post-process, a full collection precedes the output phase.
    private const long LargeHeap = 512L << 20;

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

        var post = await RunPhaseEverywhere(run, Phase.PostProcess, p => Take(processed, p.Name));
        phaseDone?.Invoke(Phase.PostProcess, watch.Elapsed);
        IReadOnlyDictionary<string, ImmutableArray<Document>> outputs;
        if (!diagnostics.HasErrors)
        {
            watch.Restart();
            if (!settings.Incremental && GC.GetTotalMemory(forceFullCollection: false) > LargeHeap)
            {
                // The output phase allocates every finished page again. Starting it from live data only (post-process
                // left parsed pages and index tables behind) lowered a 10,000-page build's peak from about 1.1 to
                // 0.92 GB for a few hundred milliseconds (bench/README.md). Not for a small site, where memory does
                // not matter, nor in the preview, which rebuilds often.
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            }

            var pending = new ConcurrentDictionary<string, ImmutableArray<Document>>(post, StringComparer.Ordinal);
            post = null!; // the output phase takes the documents out of the table: each is freed once written
            outputs = await RunOutputPhase(run, pending);
            phaseDone?.Invoke(Phase.Output, watch.Elapsed);
        }
        else
        {
            outputs = post;
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
        var tasks = _pipelines.Select(p => Task.Run(() => StreamOutput(run, p, () => TakeArray(pending, p.Name)))).ToArray();
        var results = await Task.WhenAll(tasks);
        return _pipelines.Select((p, i) => (p.Name, results[i])).ToDictionary(x => x.Name, x => x.Item2, StringComparer.Ordinal);
    }

    private static ImmutableArray<Document> StreamOutput(EngineRun run, Pipeline pipeline, Func<Document[]> take)
    {
        var waiting = take();
        var modules = pipeline.Output;
        if (modules.IsEmpty)
        {
            return [.. waiting];
        }

        var context = new ExecutionContext(run, pipeline, Phase.Output);
        var results = new Document[waiting.Length][];
        var busy = new long[modules.Length];
        var watch = Stopwatch.StartNew();
        Parallel.For(0, waiting.Length, i =>
        {
            ImmutableArray<Document> current = [waiting[i]];
            waiting[i] = null!;
            for (var m = 0; m < modules.Length; m++)
            {
                var start = Stopwatch.GetTimestamp();
                current = modules[m].ExecuteAsync(current, context).GetAwaiter().GetResult();
                Interlocked.Add(ref busy[m], Stopwatch.GetTimestamp() - start);
            }

            results[i] = [.. current];
        });

        var wall = watch.Elapsed;
        var total = Math.Max(1, busy.Sum());
        var outputs = results.SelectMany(r => r).ToImmutableArray();
        for (var m = 0; m < modules.Length; m++)
        {
            run.Timings.Add(new ModuleTiming(pipeline.Name, Phase.Output, m, modules[m].GetType().Name, ShareOf(wall, busy[m], total), outputs.Length));
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

    private static ImmutableArray<Document> Take(ConcurrentDictionary<string, ImmutableArray<Document>> table, string name) =>
        table.Remove(name, out var documents) ? documents : [];

    // A frame of its own, so no copy of the immutable array outlives the call: the output phase frees each document
    // from the returned array once it is done.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Document[] TakeArray(ConcurrentDictionary<string, ImmutableArray<Document>> table, string name) =>
        [.. Take(table, name)];

    private static async Task<ImmutableArray<Document>> RunModules(
        EngineRun run, Pipeline pipeline, Phase phase, Func<ImmutableArray<Document>> take)
    {
        // Off the caller's stack first: a method that runs to its end synchronously keeps its arguments alive in
        // the caller's frame until it returns. The documents are taken only here, so once a module has replaced
        // them, nothing holds them (a page's body HTML need not live until the end of its phase).
        await Task.Yield();
        var documents = take();
        var context = new ExecutionContext(run, pipeline, phase);
        var modules = pipeline.ModulesOf(phase);
        for (var i = 0; i < modules.Length; i++)
        {
            var watch = Stopwatch.StartNew();
            documents = await modules[i].ExecuteAsync(documents, context);
            run.Timings.Add(new ModuleTiming(pipeline.Name, phase, i, modules[i].GetType().Name, watch.Elapsed, documents.Length));
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
