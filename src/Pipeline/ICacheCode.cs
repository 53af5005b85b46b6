namespace StatiqSite.Pipeline;

/// <summary>
/// The cache code of <see cref="CacheDocuments"/>: what a wrapped module's result depends on, as text (a hash).
/// Two documents with equal codes must give equal results; whatever is not in the code is assumed not to matter.
/// </summary>
public interface ICacheCode
{
    /// <summary>What every document of a run depends on (the glossary, the settings, ...), made once per run.</summary>
    /// <param name="context">The running build.</param>
    /// <param name="state">The wrapped output module's per-run state, or null for other modules.</param>
    string OfRun(IExecutionContext context, object? state);

    /// <summary>What one document's result depends on of the document itself: its content and whatever made it.</summary>
    string OfDocument(Document document);
}
