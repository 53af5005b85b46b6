using Markdig;
using StatiqSite.Markdown;

namespace StatiqSite.Glossary;

/// <summary>
/// Renders a definition's Markdown. Raw HTML in the YAML is not trusted: it is shown as text, so nothing from
/// the glossary can add markup, scripts or styles to a page. Its links follow the site's <see cref="ContentPolicy"/>.
/// </summary>
public static class GlossaryMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseEmphasisExtras().DisableHtml().Build();

    /// <summary>
    /// What keeps a definition from the page: a text beyond the <see cref="MarkdownLimits"/>, or what the
    /// <see cref="ContentPolicy"/> does not allow (a <c>javascript:</c> link, say).
    /// </summary>
    public static IEnumerable<string> Check(string markdown) =>
        MarkdownLimits.Parse(markdown, Pipeline, out var problem) is { } syntax
            ? ContentPolicy.Check(syntax).Select(p => p.Message)
            : [problem!.Message];

    /// <summary>The HTML of a definition (block level: paragraphs, lists).</summary>
    public static string ToHtml(string markdown) => Markdig.Markdown.ToHtml(markdown, Pipeline).Trim();

    /// <summary>The visible text of a definition, on one line.</summary>
    public static string ToText(string markdown) =>
        string.Join(' ', Markdig.Markdown.ToPlainText(markdown, Pipeline).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
