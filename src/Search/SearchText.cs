using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace StatiqSite.Search;

/// <summary>
/// How text becomes search terms, on the index side. <c>theme/assets/js/search.js</c> does the same on the query
/// side; both follow the rules of docs/search.md, and <c>tests/StatiqSite.Tests/Search/normalisation.json</c>
/// holds the examples both must agree on. Change one side, change the other and that table.
/// </summary>
public static class SearchText
{
    /// <summary>Terms shorter than this are not indexed (single letters say nothing).</summary>
    public const int MinimumLength = 2;

    /// <summary>
    /// The words of a text with their place in it: runs of letters, marks and digits, joined by inner apostrophes
    /// ("auto's"). A hyphen separates words ("ik-boodschap" is "ik" and "boodschap").
    /// </summary>
    public static IEnumerable<(int Start, int Length, string Word)> Words(string text)
    {
        for (var end = 0; NextWord(text, ref end) is var (start, length);)
        {
            yield return (start, length, text.Substring(start, length));
        }
    }

    /// <summary>
    /// The first word at or after <paramref name="end"/> (start and length), moving <paramref name="end"/> past it;
    /// null when there is none. What the pattern <c>[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*</c> matches,
    /// by hand: scanning is most of the cost of indexing.
    /// </summary>
    private static (int Start, int Length)? NextWord(string text, ref int end)
    {
        var start = end;
        while (start < text.Length && !IsWordChar(text[start]))
        {
            start++;
        }

        if (start == text.Length)
        {
            end = start;
            return null;
        }

        end = start + 1;
        while (true)
        {
            while (end < text.Length && IsWordChar(text[end]))
            {
                end++;
            }

            if (end + 1 < text.Length && text[end] is '\'' or '’' && IsWordChar(text[end + 1]))
            {
                end++;
                continue;
            }

            return (start, end - start);
        }
    }

    // A letter, mark or digit (\p{L}, \p{M}, \p{N}: the first eleven Unicode categories), ASCII without a table.
    private static bool IsWordChar(char c) =>
        char.IsAscii(c) ? char.IsAsciiLetterOrDigit(c) : char.GetUnicodeCategory(c) <= UnicodeCategory.OtherNumber;

    /// <summary>
    /// Folds a word: compatibility-decomposed (NFKD), non-spacing marks removed ("reële" → "reele", "ĳ" → "ij"),
    /// lower case, a trailing "'s" dropped ("collega's" → "collega"), other apostrophes removed.
    /// </summary>
    public static string Fold(string word)
    {
        var decomposed = word.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        var folded = builder.ToString().ToLowerInvariant();
        if (folded.Length > 2 && folded[^1] == 's' && folded[^2] is '\'' or '’')
        {
            folded = folded[..^2];
        }

        return folded.Replace("'", "", StringComparison.Ordinal).Replace("’", "", StringComparison.Ordinal);
    }

    /// <summary>
    /// The index term of a word, or null when it is not indexed: folded, at least <see cref="MinimumLength"/>
    /// long, not a stop word, then stemmed.
    /// </summary>
    public static string? TermOf(string word)
    {
        var folded = Fold(word);
        return folded.Length < MinimumLength || StopWords.Contains(folded) ? null : DutchStemmer.Stem(folded);
    }

    /// <summary>The index terms of a text, in order, repeats kept (their count weighs in the score).</summary>
    public static List<string> TermsOf(string text)
    {
        var terms = new List<string>();
        var known = Terms.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var end = 0; NextWord(text, ref end) is var (start, length);)
        {
            var word = text.AsSpan(start, length);
            if (!known.TryGetValue(word, out var term))
            {
                var key = word.ToString();
                term = TermOf(key);
                Terms.TryAdd(key, term);
            }

            if (term is not null)
            {
                terms.Add(term);
            }
        }

        return terms;
    }

    // Word → term (null: not indexed). A site uses a few ten thousand distinct words, each seen many times, and
    // folding and stemming cost far more than a look-up; TermOf depends on the word alone, so the cache lives as
    // long as the process (the preview's rebuilds share it).
    private static readonly ConcurrentDictionary<string, string?> Terms = new(StringComparer.Ordinal);
}
