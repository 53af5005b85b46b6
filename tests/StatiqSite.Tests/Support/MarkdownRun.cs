using StatiqSite.Markdown;
using StatiqSite.Pipeline;

namespace StatiqSite.Tests.Support;

/// <summary>Renders one page body with a Markdown engine of the given steps, outside a build.</summary>
public static class MarkdownRun
{
    /// <summary>The HTML, the page's metadata and the problems reported (with the body starting on line 1).</summary>
    public static (string Html, Metadata Metadata, IReadOnlyList<Diagnostic> Problems) Render(string body, params IMarkdownStep[] steps)
    {
        var engine = new MarkdownEngine([], steps);
        var diagnostics = new DiagnosticBag();
        var page = new MarkdownPage(new Document { Source = "pagina.md", Destination = "pagina/index.html" }, 0, diagnostics);
        var (html, _) = engine.Render(body, page);
        return (html, page.Metadata, diagnostics.Sorted());
    }
}
