using StatiqSite.Pipeline;

namespace StatiqSite.Markdown;

/// <summary>
/// The per-page state of one Markdown rendering: the document, where to report problems, and the
/// metadata the steps add. Markdig positions (0-based, within the body) are turned into file positions here.
/// </summary>
public sealed class MarkdownPage(Document document, int bodyLine, DiagnosticBag diagnostics)
{
    /// <summary>The page being rendered.</summary>
    public Document Document { get; } = document;

    /// <summary>The running build, for steps that need its settings or other pipelines' documents; null outside a build.</summary>
    public IExecutionContext? Context { get; init; }

    /// <summary>Metadata collected by the steps, applied to the rendered document.</summary>
    public Metadata Metadata { get; set; } = document.Metadata;

    /// <summary>Reports an error at a Markdig position (0-based line within the body, 0-based column).</summary>
    public void Error(int bodyLineIndex, int columnIndex, string message) =>
        diagnostics.Error(Document.Source ?? Document.Destination, FileLine(bodyLineIndex), columnIndex + 1, message);

    /// <summary>Reports a warning at a Markdig position.</summary>
    public void Warning(int bodyLineIndex, int columnIndex, string message) =>
        diagnostics.Warning(Document.Source ?? Document.Destination, FileLine(bodyLineIndex), columnIndex + 1, message);

    /// <summary>The 1-based line in the source file of a 0-based body line.</summary>
    public int FileLine(int bodyLineIndex) => bodyLine + bodyLineIndex + 1;
}
