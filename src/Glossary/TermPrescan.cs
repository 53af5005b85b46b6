using System.Text;

namespace StatiqSite.Glossary;

/// <summary>
/// A cheap look at a page's raw HTML that tells when no glossary term can be linked, so the page needs no DOM
/// (parsing is most of <see cref="TermLinker"/>'s cost and most pages of a large site hold no term). It may say
/// "maybe" wrongly, never "no" wrongly: every match needs all words of a form, and every word
/// of the parsed page is, character for character, a piece of the raw text between tags (tags count as nothing,
/// as the parser may drop one and join the text around it) cut at a tag or a hyphen or apostrophe. Whatever would
/// make the parsed text differ from that says "maybe": character references other than <c>&amp;amp; &amp;lt;
/// &amp;gt; &amp;quot;</c>, NUL characters, elements whose content is raw text that is read as prose (title, xmp,
/// ...), foreign content (svg, math), and anything but white space and table parts inside a table's structure
/// (the parser moves such content in front of the table).
/// </summary>
public static class TermPrescan
{
    private static readonly string[] RawTextElements = ["<title", "<xmp", "<noembed", "<noframes", "<plaintext", "<svg", "<math"];
    private static readonly string[] SafeReferences = ["&amp;", "&lt;", "&gt;", "&quot;"];
    private static readonly HashSet<string> TableParts = new(StringComparer.Ordinal) { "thead", "tbody", "tfoot", "tr", "colgroup", "col", "td", "th", "caption" };

    /// <summary>False only when no term of <paramref name="matcher"/> can be found in the text of <paramref name="html"/>.</summary>
    public static bool MayContainTerm(string html, TermMatcher matcher)
    {
        if (html.Contains('\0') || RawTextElements.Any(e => html.Contains(e, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        var found = new HashSet<string>(StringComparer.Ordinal);
        var word = new StringBuilder();
        var cuts = new List<int>();
        var inTableStructure = false;
        for (var i = 0; i < html.Length; i++)
        {
            var c = html[i];
            if (c == '<' && i + 1 < html.Length && (char.IsAsciiLetter(html[i + 1]) || html[i + 1] is '/' or '!' or '?'))
            {
                // Up to the first '>', even in quotes: ending a tag too early only adds text to look at.
                var end = html.IndexOf('>', i + 1);
                if (!FollowTable(html, i + 1, ref inTableStructure))
                {
                    return true;
                }

                cuts.Add(word.Length);
                i = end < 0 ? html.Length : end;
                continue;
            }

            if ((c == '&' && !SafeReferences.Any(r => html.AsSpan(i).StartsWith(r, StringComparison.Ordinal))) ||
                (inTableStructure && !char.IsWhiteSpace(c)))
            {
                return true;
            }

            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (IsJoiner(c))
            {
                cuts.Add(word.Length);
                word.Append(c);
                cuts.Add(word.Length);
            }
            else
            {
                CollectWords(word, cuts, matcher, found);
            }
        }

        CollectWords(word, cuts, matcher, found);
        return matcher.AnyFormWithin(found);
    }

    /// <summary>Tracks whether the text after a tag is inside a table's structure; false when the tag may be moved.</summary>
    private static bool FollowTable(string html, int start, ref bool inTableStructure)
    {
        var isEnd = html[start] == '/';
        var nameStart = isEnd ? start + 1 : start;
        var nameEnd = nameStart;
        while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd]))
        {
            nameEnd++;
        }

        var name = html[nameStart..nameEnd].ToLowerInvariant();
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

    /// <summary>Adds each piece of the word between two cuts, without hyphens or apostrophes at its ends, that is a word of a form.</summary>
    private static void CollectWords(StringBuilder word, List<int> cuts, TermMatcher matcher, HashSet<string> found)
    {
        if (word.Length == 0)
        {
            cuts.Clear();
            return;
        }

        var text = word.ToString();
        cuts.Add(0);
        cuts.Add(text.Length);
        var bounds = cuts.Where(c => c <= text.Length).Distinct().Order().ToList();
        word.Clear();
        cuts.Clear();
        for (var a = 0; a < bounds.Count; a++)
        {
            for (var b = a + 1; b < bounds.Count; b++)
            {
                var piece = text.AsSpan(bounds[a], bounds[b] - bounds[a]).Trim("-'’ʼ‐‑");
                var normal = piece.Length > 0 ? WordTokenizer.Normalize(piece) : "";
                if (matcher.HasWord(normal))
                {
                    found.Add(normal);
                }
            }
        }
    }

    private static bool IsJoiner(char c) => c is '-' or '\'' or '’' or 'ʼ' or '‐' or '‑';
}
