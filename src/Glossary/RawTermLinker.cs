using System.Text;

namespace StatiqSite.Glossary;

/// <summary>
/// The fast way of <see cref="TermLinker"/>: links terms by reading the page's HTML as it is, tag by tag, and
/// writing the links into it, without building a DOM and writing the whole page out again (which cost more than
/// everything else of linking). It reads the HTML the way the parser would only for what Markdig writes: elements
/// closed in order, text with the character references Markdig uses. Whenever a page has anything else (an end
/// tag that closes something other than the last open element, an element the parser treats specially, another
/// character reference, text the parser would move out of a table), it declines, and <see cref="TermLinker"/>
/// takes the DOM way. Where it does not decline, the result parses to the same tree as the DOM way's
/// (tests/StatiqSite.Tests/Glossary/RawTermLinkerTests.cs compares them).
/// </summary>
internal static class RawTermLinker
{
    // Elements whose content the parser does not read as ordinary markup, or rearranges.
    private static readonly HashSet<string> Declined = new(StringComparer.Ordinal)
    {
        "title", "xmp", "noembed", "noframes", "plaintext", "svg", "math", "select", "template", "html", "head", "body",
        "frameset", "frame", "image", "nobr",
    };

    // Elements whose content is text up to their end tag, never linked (the linker skips them): passed over whole.
    private static readonly HashSet<string> RawText = new(StringComparer.Ordinal) { "script", "style", "textarea", "noscript", "iframe" };

    private static readonly HashSet<string> Void = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    private static readonly HashSet<string> TableStructure = new(StringComparer.Ordinal) { "table", "thead", "tbody", "tfoot", "tr" };

    private static readonly (string Reference, char Character)[] References =
        [("&amp;", '&'), ("&lt;", '<'), ("&gt;", '>'), ("&quot;", '"'), ("&#39;", '\''), ("&#x27;", '\'')];

    /// <summary>
    /// Links the first occurrence of each term in <paramref name="html"/> (the HTML unchanged when nothing is linked),
    /// or returns false when the page needs the DOM way; the outputs then mean nothing.
    /// </summary>
    public static bool TryLink(string html, GlossaryTerms glossary, string glossaryHref, out string linkedHtml, out List<int> linked)
    {
        linkedHtml = html;
        linked = [];
        var found = linked;
        if (html.Contains('\0') || html.Contains('\r'))
        {
            return false;
        }

        StringBuilder? output = null; // made at the first link: most pages of a large site have none
        var open = new List<(string Name, bool Skips)>();
        var skipping = 0; // open elements that the linker skips (headings, links, code, the quiz widget, ...)
        var seen = new HashSet<int>();
        var copied = 0; // html[..copied] is in the output
        var i = 0;
        while (i < html.Length)
        {
            var tag = html.IndexOf('<', i);
            var textEnd = tag < 0 ? html.Length : tag;
            if (textEnd > i && !Text(html, i, textEnd))
            {
                return false;
            }

            if (tag < 0)
            {
                break;
            }

            if (HtmlTags.End(html, tag, out var name, out var isEnd) is not { } end)
            {
                return false; // a '<' that is text: Markdig writes &lt;
            }

            if (name.Length > 0 && !isEnd && RawText.Contains(name))
            {
                if (open.Count > 0 && TableStructure.Contains(open[^1].Name))
                {
                    return false;
                }

                i = EndOfRawText(html, end, name) + 1;
                continue;
            }

            if (name.Length > 0 && !Element(html, tag, end, name, isEnd))
            {
                return false;
            }

            i = end + 1;
        }

        if (open.Count > 0)
        {
            return false;
        }

        if (output is not null)
        {
            output.Append(html, copied, html.Length - copied);
            linkedHtml = output.ToString();
        }

        return true;

        // A run of text between tags: a text node of the DOM.
        bool Text(string source, int start, int end)
        {
            if (open.Count > 0 && TableStructure.Contains(open[^1].Name) && !source.AsSpan(start, end - start).IsWhiteSpace())
            {
                return false; // the parser moves such text in front of the table
            }

            if (skipping > 0)
            {
                return !source.AsSpan(start, end - start).Contains('&') || Decode(source, start, end, out _, out _);
            }

            if (!Decode(source, start, end, out var text, out var rawIndex))
            {
                return false;
            }

            foreach (var match in glossary.Matcher.Matches(text).Where(m => seen.Add(m.Term)))
            {
                var term = glossary.Terms[match.Term];
                var from = start + rawIndex[match.Start];
                var to = start + rawIndex[match.End];
                output ??= new StringBuilder(source.Length + 1024);
                output.Append(source, copied, from - copied)
                    .Append("<a href=\"").Append(Attribute(glossaryHref + "#" + term.Id))
                    .Append("\" class=\"").Append(TermLinker.LinkClass)
                    .Append("\" ").Append(TermLinker.TermAttribute).Append("=\"").Append(Attribute(term.Id))
                    .Append("\" ").Append(TermLinker.DefinitionAttribute).Append("=\"").Append(Attribute(term.DefinitionText))
                    .Append("\">").Append(source, from, to - from).Append("</a>");
                copied = to;
                found.Add(match.Term);
            }

            return true;
        }

        // A start or end tag: follows the open elements, declining whatever the parser would not take as it is.
        bool Element(string source, int start, int end, string name, bool isEnd)
        {
            if (Declined.Contains(name) || (name is "table" or "form" && !isEnd && open.Any(e => e.Name == name)))
            {
                return false;
            }

            if (isEnd)
            {
                if (open.Count == 0 || open[^1].Name != name)
                {
                    return false;
                }

                skipping -= open[^1].Skips ? 1 : 0;
                open.RemoveAt(open.Count - 1);
                return true;
            }

            if (Void.Contains(name))
            {
                return true;
            }

            if (source[end - 1] == '/')
            {
                return false; // a self-closing non-void element: the parser ignores the slash
            }

            // Start tags the parser would take as closing an open element of the same kind (a list item closes the
            // item of its own list, not one of an outer list).
            if ((name is "a" or "button" or "option" or "p" && open.Any(e => e.Name == name)) ||
                (IsHeading(name) && open.Any(e => IsHeading(e.Name))) ||
                (name == "li" && Nearest(open, "li", "ul", "ol", "menu") == "li") ||
                (name is "dt" or "dd" && Nearest(open, "dt", "dd", "dl") is "dt" or "dd"))
            {
                return false;
            }

            var skips = TermLinker.IsSkipped(name) || HasQuizAttribute(source, start, end);
            open.Add((name, skips));
            skipping += skips ? 1 : 0;
            return true;
        }
    }

    /// <summary>The index of the last character of the end tag that closes a raw-text element (or the end of the page).</summary>
    private static int EndOfRawText(string html, int startTagEnd, string name)
    {
        if (name == "textarea")
        {
            return HtmlTags.EndOfTextArea(html, startTagEnd);
        }

        for (var from = startTagEnd + 1; ;)
        {
            var at = html.IndexOf("</" + name, from, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return html.Length - 1;
            }

            var after = at + 2 + name.Length < html.Length ? html[at + 2 + name.Length] : '>';
            if (after is '>' or '/' || char.IsWhiteSpace(after))
            {
                return HtmlTags.End(html, at, out _, out _) ?? html.Length - 1;
            }

            from = at + 1;
        }
    }

    /// <summary>The innermost open element among <paramref name="names"/>, or null.</summary>
    private static string? Nearest(List<(string Name, bool Skips)> open, params string[] names)
    {
        for (var i = open.Count - 1; i >= 0; i--)
        {
            if (names.Contains(open[i].Name))
            {
                return open[i].Name;
            }
        }

        return null;
    }

    private static bool IsHeading(string name) => name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    /// <summary>Whether the tag has a <c>data-quiz</c> attribute (the quiz widget, which the linker skips).</summary>
    private static bool HasQuizAttribute(string html, int start, int end)
    {
        var tag = html.AsSpan(start, end - start + 1);
        var at = tag.IndexOf("data-quiz", StringComparison.Ordinal);
        while (at >= 0)
        {
            var after = at + 9 < tag.Length ? tag[at + 9] : '>';
            if (char.IsWhiteSpace(tag[at - 1]) && (after is '=' or '>' or '/' || char.IsWhiteSpace(after)))
            {
                return true;
            }

            var next = tag[(at + 1)..].IndexOf("data-quiz", StringComparison.Ordinal);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }

    /// <summary>
    /// The text of <c>html[start..end]</c> with its character references read, and for each index of the text (and
    /// its end) the index in the HTML, relative to <paramref name="start"/>; false for a reference Markdig does not write.
    /// </summary>
    private static bool Decode(string html, int start, int end, out string text, out int[] rawIndex)
    {
        var builder = new StringBuilder(end - start);
        var indexes = new List<int>(end - start + 1);
        for (var i = start; i < end;)
        {
            indexes.Add(i - start);
            if (html[i] != '&')
            {
                builder.Append(html[i++]);
                continue;
            }

            var (reference, character) = Array.Find(References, r => html.AsSpan(i, end - i).StartsWith(r.Reference, StringComparison.Ordinal));
            if (reference is null)
            {
                text = "";
                rawIndex = [];
                return false;
            }

            builder.Append(character);
            i += reference.Length;
        }

        indexes.Add(end - start);
        text = builder.ToString();
        rawIndex = [.. indexes];
        return true;
    }

    /// <summary>An attribute value as AngleSharp writes one: <c>&amp;</c>, <c>"</c> and no-break spaces escaped.</summary>
    private static string Attribute(string value) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal).Replace("\u00A0", "&nbsp;", StringComparison.Ordinal);
}
