using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace StatiqSite.Pipeline;

/// <summary>
/// Remembers what the modules it wraps made of each document, keyed by an explicit cache code (<see cref="ICacheCode"/>:
/// the document's own code and the run's), so a rebuild in the same process (the preview,
/// <see cref="BuildSettings.Incremental"/>) runs them again only for documents whose code changed. The shape of
/// Statiq's <c>CacheDocuments</c>: the wrapped modules stay pure and hold no cache; the composition root decides what
/// is cached. The diagnostics a document's work reported are remembered and replayed with its result, so a cached
/// page still shows its warnings. In a build that is not incremental it only runs the wrapped modules.
/// Wraps per-document modules (each document is handled on its own) or one output module.
/// </summary>
public sealed class CacheDocuments : IModule, IOutputModule
{
    private readonly ICacheCode _code;
    private readonly ImmutableArray<IModule> _modules;
    private readonly IOutputModule? _output;
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>Caches per-document modules, run in order on each document that is not remembered.</summary>
    public CacheDocuments(ICacheCode code, params IModule[] modules) => (_code, _modules) = (code, [.. modules]);

    /// <summary>Caches an output module.</summary>
    public CacheDocuments(ICacheCode code, IOutputModule output) => (_code, _modules, _output) = (code, [], output);

    /// <summary>The wrapped modules' names, for the timings.</summary>
    public string Name => string.Join(", ", _output is null ? _modules.Select(m => m.GetType().Name) : [_output.GetType().Name]);

    /// <inheritdoc />
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        if (!context.Settings.Incremental)
        {
            foreach (var module in _modules)
            {
                inputs = await module.ExecuteAsync(inputs, context);
            }

            return inputs;
        }

        var run = _code.OfRun(context, null);
        var results = new Document[inputs.Length][];
        await Parallel.ForAsync(0, inputs.Length, async (i, _) =>
            results[i] = await GetOrAdd(inputs[i], run, context, async (document, recording) =>
            {
                ImmutableArray<Document> documents = [document];
                foreach (var module in _modules)
                {
                    documents = await module.ExecuteAsync(documents, recording);
                }

                return [.. documents];
            }));
        return [.. results.SelectMany(r => r)];
    }

    /// <inheritdoc />
    public object? BeforeExecution(IExecutionContext context)
    {
        var state = _output!.BeforeExecution(context);
        return new OutputRun(state, context.Settings.Incremental ? _code.OfRun(context, state) : null);
    }

    /// <inheritdoc />
    public IEnumerable<Document> Execute(Document document, object? state, IExecutionContext context)
    {
        var (inner, run) = (OutputRun)state!;
        return run is null
            ? _output!.Execute(document, inner, context)
            : GetOrAdd(document, run, context, (d, recording) => Task.FromResult<Document[]>([.. _output!.Execute(d, inner, recording)])).GetAwaiter().GetResult();
    }

    private async Task<Document[]> GetOrAdd(Document input, string run, IExecutionContext context, Func<Document, IExecutionContext, Task<Document[]>> work)
    {
        var key = input.Source ?? input.Destination;
        var code = Hash(run + "\n" + _code.OfDocument(input));
        if (_entries.TryGetValue(key, out var last) && last.Code == code)
        {
            Replay(last.Diagnostics, context.Diagnostics);
            return last.Outputs;
        }

        var recording = new RecordingContext(context);
        var outputs = await work(input, recording);
        var reported = recording.Diagnostics.Sorted();
        Replay(reported, context.Diagnostics);
        _entries[key] = new Entry(code, outputs, reported);
        return outputs;
    }

    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static void Replay(IReadOnlyList<Diagnostic> recorded, DiagnosticBag diagnostics)
    {
        foreach (var diagnostic in recorded)
        {
            diagnostics.Add(diagnostic);
        }
    }

    private sealed record Entry(string Code, Document[] Outputs, IReadOnlyList<Diagnostic> Diagnostics);

    private sealed record OutputRun(object? State, string? Code);

    /// <summary>The running build, with a diagnostics bag of its own for one document's work.</summary>
    private sealed class RecordingContext(IExecutionContext inner) : IExecutionContext
    {
        public BuildSettings Settings => inner.Settings;

        public DiagnosticBag Diagnostics { get; } = new() { DisplayPath = inner.Diagnostics.DisplayPath };

        public string PipelineName => inner.PipelineName;

        public Phase Phase => inner.Phase;

        public string OutputRoot => inner.OutputRoot;

        public ImmutableArray<Document> OutputsOf(string pipeline) => inner.OutputsOf(pipeline);

        public void RecordDocumentTimes(string module, ImmutableArray<DocumentTime> times) => inner.RecordDocumentTimes(module, times);
    }
}
