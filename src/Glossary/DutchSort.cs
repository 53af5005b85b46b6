using System.Text;
using StatiqSite.Content;

namespace StatiqSite.Glossary;

/// <summary>
/// Alphabetical order the Dutch way, the same on every machine (no culture data): diacritics folded
/// (é sorts as e), case ignored, spaces, hyphens and apostrophes ignored (letter by letter, as dictionaries do).
/// IJ sorts as I followed by J, as in Van Dale and the Woordenlijst: "IJsland" comes under I, between "ih" and "ik";
/// the ligature "ĳ" counts as "ij". (Phone books put IJ with Y; we do not.)
/// </summary>
public sealed class DutchSort : IComparer<string>
{
    /// <summary>The shared instance.</summary>
    public static readonly DutchSort Instance = new();

    /// <inheritdoc />
    public int Compare(string? x, string? y)
    {
        var byKey = string.CompareOrdinal(KeyOf(x ?? ""), KeyOf(y ?? ""));
        return byKey != 0 ? byKey : string.CompareOrdinal(x, y);
    }

    /// <summary>The text that is compared: folded lower-case letters and digits.</summary>
    public static string KeyOf(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in Slug.FoldDiacritics(text))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>The letter of the jump list a text belongs under: 'A' to 'Z', or '#' for anything else.</summary>
    public static char LetterOf(string text)
    {
        var key = KeyOf(text);
        return key.Length > 0 && key[0] is >= 'a' and <= 'z' ? char.ToUpperInvariant(key[0]) : '#';
    }
}
