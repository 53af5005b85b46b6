using AngleSharp.Dom;
using StatiqSite.Content;

namespace StatiqSite.Glossary;

/// <summary>
/// Links the first occurrence of each glossary term in a page's rendered HTML to its entry on the glossary
/// page. Only text a reader reads as prose is looked at: never headings, links, code, form controls, or the quiz
/// widget (any element with <c>data-quiz</c>). Text nodes are split around the match; the words themselves are
/// kept exactly as written, inside <c>&lt;a class="glossary-term"&gt;</c>. Pages are linked in their HTML as written
/// (<see cref="RawTermLinker"/>), or, when that declines unusual HTML, in a DOM (<see cref="LinkInDom"/>, skipped when
/// <see cref="TermPrescan"/> sees no term), with the same resulting tree. A page without a link is returned as it is.
/// </summary>
public static class TermLinker
{
    /// <summary>The class of a term link (the tooltip script and the stylesheet look for it).</summary>
    public const string LinkClass = "glossary-term";

    /// <summary>The attribute holding the term's id on a link.</summary>
    public const string TermAttribute = "data-term";

    /// <summary>The attribute holding the term's plain-text definition on a link, for the tooltip.</summary>
    public const string DefinitionAttribute = "data-definition";

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "kbd", "samp", "var", "script", "style", "template",
        "noscript", "textarea", "button", "label", "input", "select", "option", "summary", "svg", "math", "iframe",
        "object", "dfn", "abbr",
    };

    /// <summary>
    /// The page's HTML with term links, and the terms linked (indexes into <see cref="GlossaryTerms.Terms"/>, in
    /// page order). The HTML is returned unchanged when nothing is linked.
    /// </summary>
    /// <param name="html">The page body.</param>
    /// <param name="glossary">The build's glossary.</param>
    /// <param name="glossaryHref">The link from the page to the glossary page, without anchor.</param>
    public static (string Html, List<int> Linked) Link(string html, GlossaryTerms glossary, string glossaryHref)
    {
        if (RawTermLinker.TryLink(html, glossary, glossaryHref, out var linkedHtml, out var linked))
        {
            return (linkedHtml, linked);
        }

        // Unusual HTML: the DOM, unless the cheap look at the raw text shows there is nothing to link.
        return TermPrescan.MayContainTerm(html, glossary.Matcher) ? LinkInDom(html, glossary, glossaryHref) : (html, []);
    }

    /// <summary>Whether text inside an element of this name is never linked.</summary>
    internal static bool IsSkipped(string elementName) => Skipped.Contains(elementName);

    /// <summary>
    /// The DOM way of <see cref="Link"/>: parses the page, links in its text nodes and writes it out again. For
    /// pages <see cref="RawTermLinker"/> declines, and for the tests that compare the two.
    /// </summary>
    internal static (string Html, List<int> Linked) LinkInDom(string html, GlossaryTerms glossary, string glossaryHref)
    {
        var body = PageBody.Parse(html);
        var document = body.Owner!;
        var linked = new List<int>();
        var seen = new HashSet<int>();
        foreach (var text in ProseText(body).ToList())
        {
            var matches = glossary.Matcher.Matches(text.Data).Where(m => seen.Add(m.Term)).ToList();
            if (matches.Count == 0)
            {
                continue;
            }

            var parent = text.Parent!;
            var position = 0;
            foreach (var match in matches)
            {
                var term = glossary.Terms[match.Term];
                parent.InsertBefore(document.CreateTextNode(text.Data[position..match.Start]), text);
                var link = document.CreateElement("a");
                link.SetAttribute("href", glossaryHref + "#" + term.Id);
                link.SetAttribute("class", LinkClass);
                link.SetAttribute(TermAttribute, term.Id);
                link.SetAttribute(DefinitionAttribute, term.DefinitionText);
                link.TextContent = text.Data[match.Start..match.End];
                parent.InsertBefore(link, text);
                position = match.End;
                linked.Add(match.Term);
            }

            text.Data = text.Data[position..];
        }

        return (linked.Count == 0 ? html : body.InnerHtml, linked);
    }

    /// <summary>The text nodes outside skipped elements, in document order.</summary>
    private static IEnumerable<IText> ProseText(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                yield return text;
            }
            else if (child is IElement element && !Skipped.Contains(element.LocalName) && !element.HasAttribute("data-quiz"))
            {
                foreach (var inner in ProseText(element))
                {
                    yield return inner;
                }
            }
        }
    }
}
