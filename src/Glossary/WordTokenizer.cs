using System.Text;
using StatiqSite.Content;

namespace StatiqSite.Glossary;

/// <summary>A word of a text: its span in the original text and its normalised form.</summary>
/// <param name="Start">Index of the first character.</param>
/// <param name="End">Index after the last character.</param>
/// <param name="Normal">Lower case, diacritics folded, typographic apostrophe and hyphen made plain.</param>
/// <param name="FollowsSpace">Whether only white space separates it from the previous word, so a phrase may continue.</param>
public readonly record struct Word(int Start, int End, string Normal, bool FollowsSpace);

/// <summary>
/// Splits text into whole words the way the glossary matches them: letters and digits, with a hyphen or an
/// apostrophe between two of them kept inside the word ("burn-out", "collega's"). So "grensrechter" is one
/// word and never matches "grens", and "burn-out" is one word that "burn" does not match.
/// </summary>
public static class WordTokenizer
{
    /// <summary>The words of <paramref name="text"/> in order.</summary>
    public static List<Word> Split(string text) =>
        [.. Spans(text).Select(w => w with { Normal = Normalize(text.AsSpan(w.Start, w.End - w.Start)) })];

    /// <summary>
    /// The words of <paramref name="text"/> in order, without their normalised form (<see cref="Word.Normal"/> is
    /// empty): for the matcher, which normalises a word only when it looks it up, into a buffer of its own.
    /// </summary>
    public static List<Word> Spans(string text)
    {
        // Sized for Dutch prose (a word and its gap take about seven characters), so the list seldom grows.
        var words = new List<Word>(text.Length / 7 + 1);
        var i = 0;
        var gapIsSpace = false;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                gapIsSpace &= char.IsWhiteSpace(text[i]);
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsJoiner(text, i)))
            {
                i++;
            }

            words.Add(new Word(start, i, "", gapIsSpace && words.Count > 0));
            gapIsSpace = true;
        }

        return words;
    }

    /// <summary>
    /// Writes the normal form of <paramref name="word"/> into <paramref name="destination"/> (as long as the word)
    /// and returns true, for a word of ASCII and Latin letters that fold to one character each ("Cliënt" →
    /// "client"), the typographic apostrophes and hyphens included; false, writing nothing useful, for any other
    /// word, which <see cref="Normalize(ReadOnlySpan{char})"/> handles. The same result as that method, without a
    /// string: the matcher normalises every word of every page.
    /// </summary>
    public static bool TryNormalizeFast(ReadOnlySpan<char> word, Span<char> destination)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var folded = c < 128 ? char.ToLowerInvariant(c) : c < LatinFolds.Length ? LatinFolds[c] : c switch
            {
                '’' or 'ʼ' or '‘' => '\'',
                '‐' or '‑' => '-',
                _ => '\0',
            };
            if (folded == '\0')
            {
                return false;
            }

            destination[i] = folded;
        }

        return true;
    }

    // For each character up to the end of Latin Extended-B, what Normalize makes of it alone when that is one
    // character ('ë' → 'e', 'É' → 'e'), else '\0' ('ß', '¼', and characters that are no letter keep the slow way).
    private static readonly char[] LatinFolds = [.. Enumerable.Range(0, 0x250).Select(c =>
    {
        if (c < 128 || !char.IsLetter((char)c))
        {
            return '\0';
        }

        var folded = Normalize(((char)c).ToString().AsSpan());
        return folded.Length == 1 ? folded[0] : '\0';
    })];

    /// <summary>The normalised words of a phrase from the YAML ("Professionele  Afstand" → ["professionele", "afstand"]).</summary>
    public static string[] Normalize(string phrase) => [.. Split(phrase).Select(w => w.Normal)];

    /// <summary>Case and diacritics folded: "Reëel" and "reeel" both become "reeel".</summary>
    public static string Normalize(ReadOnlySpan<char> word)
    {
        var ascii = true;
        foreach (var c in word)
        {
            ascii &= c < 128;
        }

        var text = ascii ? word.ToString() : Slug.FoldDiacritics(word.ToString());
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '’' or 'ʼ' or '‘' => '\'',
                '‐' or '‑' => '-',
                _ => char.ToLowerInvariant(c),
            });
        }

        return builder.ToString();
    }

    /// <summary>A hyphen or apostrophe with a letter or digit on both sides.</summary>
    private static bool IsJoiner(string text, int i) =>
        text[i] is '-' or '\'' or '’' or 'ʼ' or '‐' or '‑' &&
        i > 0 && char.IsLetterOrDigit(text[i - 1]) &&
        i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
}
