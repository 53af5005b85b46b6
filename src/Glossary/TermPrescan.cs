using System.Text;

namespace StatiqSite.Glossary;

/// <summary>
/// A cheap look at a page's raw HTML that tells when no glossary term can be linked, so the page needs no DOM
/// (parsing and serialising are most of <see cref="TermLinker"/>'s cost, and most pages of a large site hold no
/// term). It may say "maybe" wrongly, never "no" wrongly. It runs the matcher over the raw text with each tag
/// (found as the HTML tokenizer finds it, quotes and comments included) read as a space: then every word and
/// every gap of the parsed page's text is the same, as long as no run of tags between two word characters could
/// be dropped by the parser, joining the words (a run with a start tag that always inserts an element cannot). Whatever could make the parsed text differ says "maybe": such
/// a run of tags, character references other than <c>&amp;amp; &amp;lt; &amp;gt; &amp;quot;</c>, NUL characters,
/// elements whose content is not tokenized as HTML (script, style, title, ...; a textarea's content is skipped,
/// the linker never reads it), foreign content (svg, math), and anything but white space and table parts inside a
/// table's structure (the parser moves such content in front of the table).
/// </summary>
public static class TermPrescan
{
    private static readonly HashSet<string> UnsafeElements = new(StringComparer.Ordinal)
    {
        "script", "style", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext", "svg", "math", "select",
    };

    // Start tags the parser may drop in a page body; every other start tag puts an element between the text before and after it.
    private static readonly HashSet<string> DroppableStarts = new(StringComparer.Ordinal)
    {
        "html", "head", "body", "frameset", "frame", "form", "caption", "col", "colgroup", "tbody", "td", "tfoot", "th", "thead", "tr",
    };

    private static readonly string[] SafeReferences = ["&amp;", "&lt;", "&gt;", "&quot;"];
    private static readonly HashSet<string> TableParts = new(StringComparer.Ordinal) { "thead", "tbody", "tfoot", "tr", "colgroup", "col", "td", "th", "caption" };

    /// <summary>False only when no term of <paramref name="matcher"/> can be found in the text of <paramref name="html"/>.</summary>
    public static bool MayContainTerm(string html, TermMatcher matcher)
    {
        if (html.Contains('\0'))
        {
            return true;
        }

        var text = new StringBuilder(html.Length);
        var inTableStructure = false;
        var previous = ' '; // the character before the current run of tags
        var afterTag = false;
        var elementBetween = false; // the run of tags surely inserts an element
        for (var i = 0; i < html.Length; i++)
        {
            var c = html[i];
            if (c == '<' && HtmlTags.End(html, i, out var name, out var isEnd) is { } end)
            {
                if (UnsafeElements.Contains(name) || !FollowTable(name, isEnd, ref inTableStructure))
                {
                    return true;
                }

                i = name == "textarea" && !isEnd ? HtmlTags.EndOfTextArea(html, end) : end;
                text.Append(' ');
                elementBetween = (afterTag && elementBetween) || (!isEnd && name.Length > 0 && !DroppableStarts.Contains(name));
                afterTag = true;
                continue;
            }

            if ((afterTag && !elementBetween && IsWordPart(previous) && IsWordPart(c)) ||
                (c == '&' && !SafeReferences.Any(r => html.AsSpan(i).StartsWith(r, StringComparison.Ordinal))) ||
                (inTableStructure && !char.IsWhiteSpace(c)))
            {
                return true;
            }

            text.Append(c);
            previous = c;
            afterTag = false;
        }

        return matcher.Matches(text.ToString()).Count > 0;
    }

    /// <summary>Tracks whether the text after a tag is inside a table's structure; false when the tag may be moved.</summary>
    private static bool FollowTable(string name, bool isEnd, ref bool inTableStructure)
    {
        if (name == "table")
        {
            if (!isEnd && inTableStructure)
            {
                return false;
            }

            inTableStructure = !isEnd;
            return true;
        }

        if (TableParts.Contains(name))
        {
            inTableStructure = isEnd || name is not ("td" or "th" or "caption");
            return true;
        }

        return !inTableStructure;
    }

    private static bool IsWordPart(char c) => char.IsLetterOrDigit(c) || c is '-' or '\'' or '’' or 'ʼ' or '‐' or '‑';
}
