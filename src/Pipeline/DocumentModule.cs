using System.Collections.Immutable;

namespace StatiqSite.Pipeline;

/// <summary>
/// Base class for a module that transforms each document on its own. Documents are processed in
/// parallel; results keep the input order, so the output never depends on thread timing. The time spent on
/// each document is recorded for the slowest pages of <c>build --timings</c>.
/// </summary>
public abstract class DocumentModule : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context) =>
        Task.FromResult(ParallelDocuments.Map(inputs, context, GetType().Name, input => Execute(input, context)));

    /// <summary>Transforms one document into zero, one or more documents.</summary>
    protected abstract IEnumerable<Document> Execute(Document input, IExecutionContext context);
}
