using System.Globalization;
using System.Text;

namespace StatiqSite.Content;

/// <summary>Slugs for URLs and heading ids: lower case a-z 0-9 and '-', Dutch diacritics folded.</summary>
public static class Slug
{
    /// <summary>
    /// Turns text into an id: "Reële verwachtingen" becomes "reele-verwachtingen". Every run of other
    /// characters becomes one '-'; leading and trailing '-' are dropped.
    /// </summary>
    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingDash = false;
        foreach (var c in FoldDiacritics(text))
        {
            var lower = char.ToLowerInvariant(c);
            if (lower is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingDash && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(lower);
                pendingDash = false;
            }
            else if (lower != '\'' && lower != '’')
            {
                pendingDash = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>Whether <paramref name="name"/> is already a valid slug.</summary>
    public static bool IsValid(string name) =>
        name.Length > 0 && name[0] != '-' && name[^1] != '-' &&
        name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    /// <summary>Removes accents: "ë" becomes "e", "ĳ" stays "ij".</summary>
    public static string FoldDiacritics(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
