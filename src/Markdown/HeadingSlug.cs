using System.Globalization;
using System.Text;
using StatiqSite.Content;

namespace StatiqSite.Markdown;

/// <summary>
/// Heading ids as GitHub's Markdown view makes them (github-slugger): lower case, accented letters kept, every
/// character other than a letter, digit, mark, '_' , '-' or space dropped, each space a '-'
/// ("Wat nu? Vragen &amp; antwoorden" → "wat-nu-vragen--antwoorden"). So an anchor that works in a pull request's
/// preview works on the site.
/// </summary>
public static class HeadingSlug
{
    /// <summary>The id GitHub gives a heading with the visible text <paramref name="text"/>.</summary>
    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (c == ' ')
            {
                builder.Append('-');
            }
            else if (c == '-' || IsKept(CharUnicodeInfo.GetUnicodeCategory(c)))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// An id with its accents folded and in lower case ("advies-aan-cliënten" → "advies-aan-clienten"): a link
    /// written so still finds its heading.
    /// </summary>
    public static string Folded(string id) => Slug.FoldDiacritics(id).ToLowerInvariant();

    private static bool IsKept(UnicodeCategory category) => category is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
        or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
        or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
        or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
        or UnicodeCategory.ConnectorPunctuation;
}
