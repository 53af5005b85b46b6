using System.Text;
using AngleSharp.Dom;

namespace StatiqSite.Search;

/// <summary>
/// The page itself (its title and the text before the first heading) and each h2/h3 that has an id (the text
/// below it, up to the next such heading). Register it last: it indexes whatever the other extractors left.
/// </summary>
public sealed class SectionEntries : ISearchExtractor
{
    /// <inheritdoc />
    public IEnumerable<SearchEntry> Extract(SearchPage page, IElement body)
    {
        var sections = new List<(string Anchor, string Heading, StringBuilder Text)> { ("", "", new StringBuilder()) };
        Walk(body, sections);
        foreach (var (anchor, heading, text) in sections)
        {
            var kind = anchor.Length == 0 ? SearchEntryKind.Page : SearchEntryKind.Section;
            yield return new SearchEntry(kind, page.Destination, anchor, page.Title, heading, HtmlText.Collapse(text));
        }
    }

    private static void Walk(INode node, List<(string Anchor, string Heading, StringBuilder Text)> sections)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IElement { LocalName: "h2" or "h3", Id: { Length: > 0 } id } heading)
            {
                sections.Add((id, HtmlText.Of(heading), new StringBuilder()));
            }
            else if (child is IElement element && element.QuerySelector("h2[id], h3[id]") is not null)
            {
                // A wrapper (<section>, <div>) around headings: its text belongs to the sections inside it.
                sections[^1].Text.Append(' ');
                Walk(element, sections);
                sections[^1].Text.Append(' ');
            }
            else
            {
                HtmlText.Append(child, sections[^1].Text);
            }
        }
    }
}
