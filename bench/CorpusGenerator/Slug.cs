using System.Globalization;
using System.Text;

namespace CorpusGenerator;

/// <summary>
/// The heading-id rule of the generator (src/Content/Slug.From), repeated here so the benchmark tool stays
/// independent of the program it measures: diacritics folded, lower case a-z 0-9, other runs become one '-'.
/// The corpus test builds the output with the real generator, so a drift between the two fails it.
/// </summary>
internal static class Slug
{
    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingDash = false;
        foreach (var c in Fold(text))
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

    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
