using System.Collections.Immutable;

namespace StatiqSite.Pipeline;

/// <summary>What a run of the <see cref="Engine"/> produced.</summary>
public sealed record EngineResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyDictionary<string, ImmutableArray<Document>> Outputs,
    IReadOnlyList<ModuleTiming> Timings)
{
    /// <summary>The time per document of the modules that work document by document, for the slowest pages.</summary>
    public IReadOnlyList<DocumentTimings> DocumentTimings { get; init; } = [];

    /// <summary>Whether no error was reported.</summary>
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);
}
