using Markdig.Syntax;
using StatiqSite.Content;
using StatiqSite.Markdown;
using StatiqSite.Pipeline;

namespace StatiqSite.Modules;

/// <summary>
/// Renders each page's Markdown body to HTML with the build's one <see cref="MarkdownEngine"/>.
/// Reads: <see cref="Keys.BodyLine"/>. Writes: the HTML content, <see cref="Keys.Description"/> when the
/// front matter has none (the first paragraph, shortened), and what the engine's steps record
/// (<see cref="Keys.Headings"/>, <see cref="Keys.Anchors"/>, <see cref="Keys.Links"/>, ...).
/// </summary>
public sealed class RenderMarkdown(MarkdownEngine engine) : DocumentModule
{
    private const int DescriptionLength = 160;

    /// <inheritdoc />
    protected override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        var page = new MarkdownPage(input, input.Get(Keys.BodyLine), context.Diagnostics) { Context = context };
        var (html, syntax) = engine.Render(input.Content, page);
        var rendered = input with { Content = html, Metadata = page.Metadata };
        if (string.IsNullOrWhiteSpace(rendered.Get(Keys.Description)))
        {
            var first = syntax.Descendants<ParagraphBlock>().Select(PlainText.Of).FirstOrDefault(t => t.Length > 0);
            rendered = rendered.With(Keys.Description, first is null ? null : Shorten(first));
        }

        yield return rendered;
    }

    /// <summary>Cuts text at a word boundary so it fits a search snippet.</summary>
    public static string Shorten(string text)
    {
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= DescriptionLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', DescriptionLength - 1);
        return text[..(cut > 0 ? cut : DescriptionLength - 1)].TrimEnd(',', ';', ':', '.') + "…";
    }
}
