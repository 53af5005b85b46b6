using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace StatiqSite.Markdown;

/// <summary>
/// The one Markdig pipeline of a build, with the steps that run between parsing and rendering.
/// Built once and shared by every page (Markdig pipelines are thread-safe). Features plug in here:
/// a Markdig extension for their syntax and rendering, a step for what they need to know per page.
/// </summary>
public sealed class MarkdownEngine
{
    /// <summary>Creates the engine with Markdig's advanced extensions and the given extensions and steps.</summary>
    public MarkdownEngine(IEnumerable<IMarkdownExtension> extensions, IEnumerable<IMarkdownStep> steps)
    {
        var builder = new MarkdownPipelineBuilder().UseAdvancedExtensions();
        // Heading ids are ours (AssignHeadingIds): Markdig's keep diacritics or drop letters like "ë".
        builder.Extensions.RemoveAll(e => e is AutoIdentifierExtension);
        foreach (var extension in extensions)
        {
            builder.Extensions.Add(extension);
        }

        Pipeline = builder.Build();
        Steps = [.. steps];
    }

    /// <summary>The Markdig pipeline.</summary>
    public MarkdownPipeline Pipeline { get; }

    /// <summary>The steps, in the order they run.</summary>
    public IReadOnlyList<IMarkdownStep> Steps { get; }

    /// <summary>
    /// Parses a page body, runs the steps, and renders HTML. A body beyond <see cref="MarkdownLimits"/> is reported
    /// at its place and renders as nothing.
    /// </summary>
    public (string Html, MarkdownDocument Syntax) Render(string body, MarkdownPage page)
    {
        if (MarkdownLimits.Parse(body, Pipeline, out var problem) is not { } syntax)
        {
            page.Error(problem!.Line, problem.Column, problem.Message);
            return ("", new MarkdownDocument());
        }

        foreach (var step in Steps)
        {
            step.Run(syntax, page);
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(syntax);
        writer.Flush();
        return (writer.ToString(), syntax);
    }
}
