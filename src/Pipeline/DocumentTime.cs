namespace StatiqSite.Pipeline;

/// <summary>How long one module spent on one document (its <see cref="Document.DisplayPath"/>), for <c>build --timings</c>.</summary>
public readonly record struct DocumentTime(string Document, TimeSpan Elapsed);
