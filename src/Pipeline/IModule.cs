using System.Collections.Immutable;

namespace StatiqSite.Pipeline;

/// <summary>
/// One transformation of documents. A module receives the documents of the previous module
/// of its pipeline phase and returns new documents; it never changes its input.
/// </summary>
public interface IModule
{
    /// <summary>Runs the module over all documents of the phase.</summary>
    Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context);
}
