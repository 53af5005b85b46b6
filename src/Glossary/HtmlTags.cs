namespace StatiqSite.Glossary;

/// <summary>
/// Where a tag, comment or bogus comment of raw HTML ends, following the HTML tokenizer's states (so a <c>&gt;</c>
/// in a quoted attribute value does not end a tag), for <see cref="TermPrescan"/>.
/// </summary>
internal static class HtmlTags
{
    /// <summary>
    /// The index of the last character of the markup starting with the <c>&lt;</c> at <paramref name="start"/>, or
    /// null when that <c>&lt;</c> is text. <paramref name="name"/> is the lower-case tag name ("" for comments).
    /// </summary>
    public static int? End(string html, int start, out string name, out bool isEnd)
    {
        name = "";
        isEnd = false;
        var next = At(html, start + 1);
        if (char.IsAsciiLetter(next) || (next == '/' && char.IsAsciiLetter(At(html, start + 2))))
        {
            isEnd = next == '/';
            var nameStart = isEnd ? start + 2 : start + 1;
            var i = nameStart;
            while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('/' or '>'))
            {
                i++;
            }

            name = string.Create(i - nameStart, (html, nameStart), static (span, x) =>
            {
                for (var k = 0; k < span.Length; k++)
                {
                    var c = x.html[x.nameStart + k];
                    span[k] = char.IsAsciiLetterUpper(c) ? (char)(c + 32) : c; // ASCII only, as the tokenizer
                }
            });
            return Attributes(html, i);
        }

        if (next == '/' && At(html, start + 2) == '>')
        {
            return start + 2;
        }

        if (html.AsSpan(start).StartsWith("<!--", StringComparison.Ordinal))
        {
            if (At(html, start + 4) == '>')
            {
                return start + 4;
            }

            if (At(html, start + 4) == '-' && At(html, start + 5) == '>')
            {
                return start + 5;
            }

            var close = html.IndexOf("-->", start + 4, StringComparison.Ordinal);
            var bang = html.IndexOf("--!>", start + 4, StringComparison.Ordinal);
            return bang >= 0 && (close < 0 || bang < close) ? bang + 3 : close < 0 ? html.Length - 1 : close + 2;
        }

        if (next is '/' or '!' or '?')
        {
            var close = html.IndexOf('>', start + 2);
            return close < 0 ? html.Length - 1 : close;
        }

        return null;
    }

    /// <summary>The last index of a textarea's content and end tag (its content is text, not markup).</summary>
    public static int EndOfTextArea(string html, int startTagEnd)
    {
        var from = startTagEnd + 1;
        while (true)
        {
            var at = html.IndexOf("</textarea", from, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return html.Length - 1;
            }

            var after = At(html, at + 10);
            if (IsSpace(after) || after is '/' or '>')
            {
                return End(html, at, out _, out _) ?? html.Length - 1;
            }

            from = at + 1;
        }
    }

    // The attribute states of the tokenizer, from after the tag name to the '>' that ends the tag.
    private static int Attributes(string html, int i)
    {
        var state = State.BeforeName;
        for (; i < html.Length; i++)
        {
            var c = html[i];
            switch (state)
            {
                case State.Value when c == '"':
                    state = State.DoubleQuoted;
                    break;
                case State.Value when c == '\'':
                    state = State.SingleQuoted;
                    break;
                case State.Value when IsSpace(c):
                    break;
                case State.Value:
                    state = State.Unquoted;
                    i--;
                    break;
                case State.DoubleQuoted:
                    state = c == '"' ? State.BeforeName : state;
                    break;
                case State.SingleQuoted:
                    state = c == '\'' ? State.BeforeName : state;
                    break;
                case State.Unquoted when IsSpace(c):
                    state = State.BeforeName;
                    break;
                case State.Unquoted:
                    if (c == '>')
                    {
                        return i;
                    }

                    break;
                case State.Name when c == '=':
                    state = State.Value;
                    break;
                case State.Name when IsSpace(c):
                    state = State.AfterName;
                    break;
                case State.Name when c == '/':
                    state = State.BeforeName; // the self-closing state: anything but '>' starts a new name
                    break;
                case State.AfterName when c == '=':
                    state = State.Value;
                    break;
                case State.BeforeName or State.Name or State.AfterName when c == '>':
                    return i;
                case State.BeforeName or State.AfterName when IsSpace(c) || c == '/':
                    state = State.BeforeName;
                    break;
                case State.BeforeName or State.AfterName:
                    state = State.Name; // '=' here starts a name, as in the tokenizer
                    break;
            }
        }

        return html.Length - 1;
    }

    private static char At(string html, int i) => i < html.Length ? html[i] : '\0';

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';

    private enum State { BeforeName, Name, AfterName, Value, DoubleQuoted, SingleQuoted, Unquoted }
}
