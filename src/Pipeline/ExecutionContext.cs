using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace StatiqSite.Pipeline;

/// <summary>The context handed to the modules of one pipeline phase.</summary>
internal sealed class ExecutionContext(
    EngineRun run, Pipeline pipeline, Phase phase) : IExecutionContext
{
    public BuildSettings Settings => run.Settings;

    public DiagnosticBag Diagnostics => run.Diagnostics;

    public string PipelineName => pipeline.Name;

    public Phase Phase => phase;

    public string OutputRoot => run.OutputRoot;

    public void RecordDocumentTimes(string module, ImmutableArray<DocumentTime> times) =>
        run.DocumentTimings.Add(new DocumentTimings(pipeline.Name, phase, module, times));

    public ImmutableArray<Document> OutputsOf(string name)
    {
        if (phase == Phase.Process && name != pipeline.Name && !pipeline.Dependencies.Contains(name))
        {
            throw new InvalidOperationException(
                $"Pipeline '{pipeline.Name}' reads '{name}' in its process phase but does not declare it as a dependency.");
        }

        return run.ProcessOutputs.TryGetValue(name, out var docs)
            ? docs
            : throw new InvalidOperationException($"Pipeline '{name}' has no process output (unknown, or not run yet).");
    }
}

/// <summary>The state of one run of the engine, shared by all contexts.</summary>
internal sealed class EngineRun(BuildSettings settings, DiagnosticBag diagnostics, string outputRoot)
{
    public BuildSettings Settings { get; } = settings;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public string OutputRoot { get; } = outputRoot;

    public ConcurrentDictionary<string, ImmutableArray<Document>> ProcessOutputs { get; } = new(StringComparer.Ordinal);

    public ConcurrentBag<ModuleTiming> Timings { get; } = [];

    public ConcurrentBag<DocumentTimings> DocumentTimings { get; } = [];
}
