using System.Collections.Immutable;

namespace StatiqSite.Pipeline;

/// <summary>
/// Base class for a module that transforms each document on its own. Documents are processed in
/// parallel; results keep the input order, so the output never depends on thread timing.
/// </summary>
public abstract class DocumentModule : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var results = new IEnumerable<Document>[inputs.Length];
        Parallel.For(0, inputs.Length, i => results[i] = Execute(inputs[i], context));
        return Task.FromResult(results.SelectMany(r => r).ToImmutableArray());
    }

    /// <summary>Transforms one document into zero, one or more documents.</summary>
    protected abstract IEnumerable<Document> Execute(Document input, IExecutionContext context);
}
