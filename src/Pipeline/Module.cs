using System.Collections.Immutable;

namespace StatiqSite.Pipeline;

/// <summary>
/// Base class for a module that looks at all documents at once (sorting, cross-references,
/// generated pages). Override <see cref="Execute"/>.
/// </summary>
public abstract class Module : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context) =>
        Task.FromResult(Execute(inputs, context));

    /// <summary>Transforms the whole set of documents.</summary>
    protected abstract ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context);
}
