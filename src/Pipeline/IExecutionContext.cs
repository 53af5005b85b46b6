using System.Collections.Immutable;

namespace StatiqSite.Pipeline;

/// <summary>
/// What a module may see while it runs: the build's settings, where to report problems,
/// and the documents other pipelines produced.
/// </summary>
public interface IExecutionContext
{
    /// <summary>The options of this build (folders, base path, drafts).</summary>
    BuildSettings Settings { get; }

    /// <summary>Where modules report content problems.</summary>
    DiagnosticBag Diagnostics { get; }

    /// <summary>The pipeline the running module belongs to.</summary>
    string PipelineName { get; }

    /// <summary>The phase the running module belongs to.</summary>
    Phase Phase { get; }

    /// <summary>
    /// The process-phase output of another pipeline. In the process phase only declared dependencies
    /// may be read; in later phases every pipeline may.
    /// </summary>
    ImmutableArray<Document> OutputsOf(string pipeline);

    /// <summary>The folder the output phase writes to (a temporary folder swapped in after success).</summary>
    string OutputRoot { get; }

    /// <summary>Records the time a module spent on each document (see <see cref="ParallelDocuments"/>); ignored by default.</summary>
    void RecordDocumentTimes(string module, ImmutableArray<DocumentTime> times)
    {
    }
}
