using System.Collections.Frozen;
using System.Xml;
using System.Xml.Linq;

namespace StatiqSite.Export;

/// <summary>
/// HTML of a quiz text as QTI 2.1 content: the elements of QTI's XHTML subset in the QTI namespace with the
/// attributes QTI allows them; any other element (<c>del</c>, <c>input</c> of a task list) gives way to its children.
/// Quiz texts are rendered without raw HTML, so Markdig's output is well-formed XML; should it ever not be, the
/// text goes as plain text rather than break the item.
/// </summary>
public static class QtiHtml
{
    /// <summary>The QTI 2.1 namespace.</summary>
    public static readonly XNamespace Qti = "http://www.imsglobal.org/xsd/imsqti_v2p1";

    private static readonly FrozenSet<string> Elements = FrozenSet.ToFrozenSet(
    [
        "a", "abbr", "b", "big", "blockquote", "br", "caption", "cite", "code", "dd", "dfn", "div", "dl", "dt", "em",
        "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "kbd", "li", "ol", "p", "pre", "q", "samp", "small", "span",
        "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "tt", "ul", "var",
        // Interactions placed inside a text (the gaps of a gap text).
        "textEntryInteraction",
    ], StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string[]> Attributes = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["a"] = ["href"],
        ["img"] = ["src", "alt", "width", "height"],
        ["td"] = ["colspan", "rowspan", "scope"],
        ["th"] = ["colspan", "rowspan", "scope"],
        ["textEntryInteraction"] = ["responseIdentifier", "expectedLength"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The nodes of <paramref name="html"/> (a fragment), in the QTI namespace.</summary>
    public static IEnumerable<XNode> Nodes(string html)
    {
        XElement parsed;
        try
        {
            parsed = XElement.Parse("<root>" + html + "</root>", LoadOptions.PreserveWhitespace);
        }
        catch (XmlException)
        {
            return [new XText(html)];
        }

        return Convert(parsed.Nodes());
    }

    private static IEnumerable<XNode> Convert(IEnumerable<XNode> nodes)
    {
        foreach (var node in nodes)
        {
            if (node is XText text)
            {
                yield return new XText(text.Value);
            }
            else if (node is XElement element && Elements.Contains(element.Name.LocalName))
            {
                var allowed = Attributes.GetValueOrDefault(element.Name.LocalName, []);
                yield return new XElement(Qti + element.Name.LocalName,
                    element.Attributes().Where(a => allowed.Contains(a.Name.LocalName) || a.Name.LocalName == "class").Select(a => new XAttribute(a.Name.LocalName, a.Value)),
                    Convert(element.Nodes()));
            }
            else if (node is XElement other)
            {
                foreach (var child in Convert(other.Nodes()))
                {
                    yield return child;
                }
            }
        }
    }
}
