using Markdig;
using Markdig.Renderers;

namespace StatiqSite.Quizzes;

/// <summary>
/// The quiz feature's Markdig extension: adds the <see cref="HtmlQuizRenderer"/>. Quiz blocks are fenced code
/// blocks Markdig already parses; <see cref="ReadQuizBlocks"/> turns them into <see cref="QuizBlock"/>s.
/// </summary>
public sealed class QuizExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlQuizRenderer>())
        {
            html.ObjectRenderers.Add(new HtmlQuizRenderer());
        }
    }
}
