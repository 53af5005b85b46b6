namespace StatiqSite.Pipeline;

/// <summary>
/// Base class for an output module (see <see cref="IOutputModule"/>) with typed per-run state: what every document
/// of a run shares is made once in <see cref="BeforeExecution"/>, each document is handled in <see cref="Execute"/>.
/// </summary>
/// <typeparam name="TState">What the module prepares once per run.</typeparam>
public abstract class DocumentOutputModule<TState> : IOutputModule
{
    /// <inheritdoc />
    object? IOutputModule.BeforeExecution(IExecutionContext context) => BeforeExecution(context);

    /// <inheritdoc />
    IEnumerable<Document> IOutputModule.Execute(Document document, object? state, IExecutionContext context) =>
        Execute(document, (TState)state!, context);

    /// <summary>Makes what every document of this run shares; called once per run.</summary>
    protected abstract TState BeforeExecution(IExecutionContext context);

    /// <summary>Transforms one document with the run's state.</summary>
    protected abstract IEnumerable<Document> Execute(Document document, TState state, IExecutionContext context);
}
