namespace StatiqSite.Pipeline;

/// <summary>
/// A module of the output phase. The engine streams that phase: each document goes through all output modules of
/// its pipeline on its own, documents in parallel, results in input order, and is let go once done, so the
/// finished documents of a site are never all held at once. Once per run, before the first document, the engine
/// asks each module for its per-run state (<see cref="BeforeExecution"/>: a loaded theme, the site model), which it
/// then hands to every <see cref="Execute"/> of that run. Derive from <see cref="DocumentOutputModule{TState}"/>.
/// </summary>
public interface IOutputModule
{
    /// <summary>The per-run state, made once per run before the first document.</summary>
    object? BeforeExecution(IExecutionContext context);

    /// <summary>Transforms one document into zero, one or more documents.</summary>
    IEnumerable<Document> Execute(Document document, object? state, IExecutionContext context);
}
