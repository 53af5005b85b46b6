using System.Globalization;
using System.Text;

namespace StatiqSite.Tests.Export;

/// <summary>One answer of a GIFT question: <c>=</c> (right) or <c>~</c>, its <c>%weight%</c>, text and <c>#feedback</c>.</summary>
public sealed record GiftAnswer(bool Right, double? Weight, string Text, string? Feedback, string? MatchRight);

/// <summary>One question as read back: <c>::name::[format]text{answers####general}after</c>.</summary>
public sealed record GiftQuestion(string Name, string Format, string Text, string After, IReadOnlyList<GiftAnswer> Answers, string? General, bool? TrueFalse)
{
    /// <summary>An essay: an empty answer block.</summary>
    public bool IsEssay => Answers.Count == 0 && TrueFalse is null;
}

/// <summary>
/// A small reader of Moodle's GIFT grammar, to read the exported files back in tests: comments (<c>//</c>),
/// <c>$CATEGORY:</c>, questions separated by blank lines, <c>::name::</c>, <c>[html]</c>, <c>{</c> ... <c>}</c> with
/// <c>=</c>, <c>~</c>, <c>%weight%</c>, <c>#feedback</c>, <c>####general feedback</c>, <c>-&gt;</c> (matching),
/// <c>TRUE</c>/<c>FALSE</c>, and the escapes <c>\~ \= \# \{ \} \: \\ \n</c>.
/// </summary>
public static class GiftReader
{
    /// <summary>The category and questions of a GIFT file.</summary>
    public static (string? Category, IReadOnlyList<GiftQuestion> Questions) Read(string gift)
    {
        string? category = null;
        var questions = new List<GiftQuestion>();
        var chunk = new List<string>();
        foreach (var line in gift.Split('\n').Append(""))
        {
            if (line.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            if (line.StartsWith("$CATEGORY:", StringComparison.Ordinal))
            {
                category = line["$CATEGORY:".Length..].Trim();
            }
            else if (line.Trim().Length == 0)
            {
                if (chunk.Count > 0)
                {
                    questions.Add(Question(string.Join('\n', chunk)));
                    chunk.Clear();
                }
            }
            else
            {
                chunk.Add(line);
            }
        }

        return (category, questions);
    }

    private static GiftQuestion Question(string text)
    {
        Assert.StartsWith("::", text);
        var nameEnd = Find(text, "::", 2);
        var name = Unescape(text[2..nameEnd]);
        var rest = text[(nameEnd + 2)..];
        var format = "";
        if (rest.StartsWith('['))
        {
            format = rest[1..rest.IndexOf(']', StringComparison.Ordinal)];
            rest = rest[(format.Length + 2)..];
        }

        var open = Find(rest, "{", 0);
        var close = Find(rest, "}", open + 1);
        Assert.True(open >= 0 && close > open, $"no answer block in '{text}'");
        var block = rest[(open + 1)..close];
        string? general = null;
        var generalAt = Find(block, "####", 0);
        if (generalAt >= 0)
        {
            general = Unescape(block[(generalAt + 4)..].Trim());
            block = block[..generalAt];
        }

        block = block.Trim();
        bool? truefalse = block is "TRUE" or "T" ? true : block is "FALSE" or "F" ? false : null;
        var answers = truefalse is null && block.Length > 0 ? Answers(block) : [];
        return new GiftQuestion(name, format, Unescape(rest[..open]), Unescape(rest[(close + 1)..]), answers, general, truefalse);
    }

    private static List<GiftAnswer> Answers(string block)
    {
        var starts = new List<int>();
        for (var i = 0; i < block.Length; i++)
        {
            if (block[i] == '\\')
            {
                i++;
            }
            else if (block[i] is '=' or '~')
            {
                starts.Add(i);
            }
        }

        Assert.True(starts.Count > 0 && starts[0] == 0, $"an answer block must start with = or ~: '{block}'");
        return [.. starts.Select((start, n) => Answer(block[start..(n + 1 < starts.Count ? starts[n + 1] : block.Length)].TrimEnd()))];
    }

    private static GiftAnswer Answer(string answer)
    {
        var right = answer[0] == '=';
        var body = answer[1..];
        double? weight = null;
        if (body.StartsWith('%'))
        {
            var end = body.IndexOf('%', 1);
            weight = double.Parse(body[1..end], CultureInfo.InvariantCulture);
            body = body[(end + 1)..];
        }

        string? feedback = null;
        var hash = Find(body, "#", 0);
        if (hash >= 0)
        {
            feedback = Unescape(body[(hash + 1)..]);
            body = body[..hash];
        }

        var arrow = Find(body, "->", 0);
        return arrow >= 0
            ? new GiftAnswer(right, weight, Unescape(body[..arrow].Trim()), feedback, Unescape(body[(arrow + 2)..].Trim()))
            : new GiftAnswer(right, weight, Unescape(body.Trim()), feedback, null);
    }

    /// <summary>The index of the first unescaped <paramref name="token"/> at or after <paramref name="from"/>, or -1.</summary>
    private static int Find(string text, string token, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (string.CompareOrdinal(text, i, token, 0, token.Length) == 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static string Unescape(string text)
    {
        var plain = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
                plain.Append(text[i] == 'n' ? '\n' : text[i]);
            }
            else
            {
                Assert.False("~=#{}:".Contains(text[i], StringComparison.Ordinal), $"unescaped '{text[i]}' in '{text}'");
                plain.Append(text[i]);
            }
        }

        return plain.ToString();
    }
}
