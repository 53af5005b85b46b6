using Markdig;
using Markdig.Renderers;

namespace StatiqSite.Scenarios;

/// <summary>
/// The scenario feature's Markdig extension: adds the <see cref="HtmlScenarioRenderer"/>. Scenario blocks are fenced
/// code blocks Markdig already parses; <see cref="ReadScenarioBlocks"/> turns them into <see cref="ScenarioBlock"/>s.
/// </summary>
public sealed class ScenarioExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlScenarioRenderer>())
        {
            html.ObjectRenderers.Add(new HtmlScenarioRenderer());
        }
    }
}
