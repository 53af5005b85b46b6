using Markdig.Syntax;

namespace StatiqSite.Markdown;

/// <summary>
/// A step over a page's Markdown syntax tree between parsing and rendering: assigning heading ids,
/// rewriting links, reading quiz blocks. Steps run in the order they are registered in
/// <see cref="MarkdownEngine"/>.
/// </summary>
public interface IMarkdownStep
{
    /// <summary>Inspects or changes the syntax tree of one page.</summary>
    void Run(MarkdownDocument syntax, MarkdownPage page);
}
