using Markdig;
using Markdig.Renderers;

namespace StatiqSite.Glossary;

/// <summary>
/// Registers the renderer of glossary term links with the Markdown engine. The links themselves are made by the
/// step <see cref="LinkGlossaryTerms"/>, which needs the build's glossary; both are registered in
/// <c>SitePipelines.CreateMarkdownEngine</c>.
/// </summary>
public sealed class GlossaryExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlGlossaryTermRenderer>())
        {
            html.ObjectRenderers.Insert(0, new HtmlGlossaryTermRenderer());
        }
    }
}
