using Markdig.Syntax;

namespace StatiqSite.Markdown;

/// <summary>
/// Reports, at its place in the page, every URL, raw-HTML element or attribute and <c>{...}</c> attribute that
/// <see cref="ContentPolicy"/> does not allow. Runs first, on the links as written.
/// </summary>
public sealed class CheckContentPolicy : IMarkdownStep
{
    /// <inheritdoc />
    public void Run(MarkdownDocument syntax, MarkdownPage page)
    {
        foreach (var problem in ContentPolicy.Check(syntax))
        {
            page.Error(problem.Line, problem.Column, problem.Message);
        }
    }
}
