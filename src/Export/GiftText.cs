namespace StatiqSite.Export;

/// <summary>
/// Escaping for Moodle's GIFT format: its special characters <c>~ = # { } :</c> and the backslash are written with a
/// backslash before them, a line break as <c>\n</c>, so a question stays on its lines (a blank line ends a question in GIFT).
/// </summary>
public static class GiftText
{
    /// <summary>The characters GIFT reads as syntax.</summary>
    public const string Special = "~=#{}:";

    /// <summary><paramref name="text"/> escaped for any place in a GIFT question.</summary>
    public static string Escape(string text)
    {
        var escaped = new System.Text.StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (c == '\r')
            {
                continue;
            }

            if (c == '\n')
            {
                escaped.Append("\\n");
            }
            else
            {
                if (c == '\\' || Special.Contains(c, StringComparison.Ordinal))
                {
                    escaped.Append('\\');
                }

                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }
}
