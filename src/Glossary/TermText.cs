using System.Text;
using Markdig.Helpers;
using Markdig.Syntax.Inlines;

namespace StatiqSite.Glossary;

/// <summary>
/// The text of a run of neighbouring inlines (literals, entities, soft line breaks) as one string for the
/// <see cref="TermMatcher"/>, and the way back from a match in that string to the inlines that hold its words,
/// cutting literals where a match starts or ends inside one.
/// </summary>
internal sealed class TermText
{
    private readonly List<Inline> _nodes;
    private readonly List<int> _starts = [];

    /// <summary>Reads the text of <paramref name="run"/>.</summary>
    public TermText(List<Inline> run)
    {
        _nodes = [.. run];
        var builder = new StringBuilder();
        foreach (var node in run)
        {
            _starts.Add(builder.Length);
            switch (node)
            {
                case LiteralInline literal:
                    builder.Append(literal.Content.AsSpan());
                    break;
                case HtmlEntityInline entity:
                    builder.Append(entity.Transcoded.AsSpan());
                    break;
                default:
                    builder.Append('\n');
                    break;
            }
        }

        Value = builder.ToString();
        _starts.Add(Value.Length);
    }

    /// <summary>The text.</summary>
    public string Value { get; }

    /// <summary>Whether <paramref name="offset"/> is between two inlines or inside a literal, which can be cut there.</summary>
    public bool CanSplitAt(int offset)
    {
        var i = NodeAt(offset);
        return _starts[i] == offset || _nodes[i] is LiteralInline;
    }

    /// <summary>The inlines covering <c>[start, end)</c> of the text, literals cut at both ends as needed.</summary>
    public List<Inline> Cut(int start, int end)
    {
        var last = NodeAt(end - 1);
        SplitAt(last, end);
        var first = NodeAt(start);
        var firstNode = SplitAt(first, start) ?? _nodes[first];
        return [firstNode, .. _nodes.Skip(first + 1).Take(last - first)];
    }

    /// <summary>The index of the inline holding the character at <paramref name="offset"/>.</summary>
    private int NodeAt(int offset)
    {
        var i = _starts.BinarySearch(offset);
        return Math.Min(i >= 0 ? i : ~i - 1, _nodes.Count - 1);
    }

    /// <summary>
    /// Cuts the literal at <paramref name="index"/> at text offset <paramref name="offset"/> when that falls inside
    /// it: the literal keeps the part before, a new literal after it holds the rest and is returned (null when no
    /// cut was needed). The rest is not entered into the list: matches are cut from the last to the first.
    /// </summary>
    private LiteralInline? SplitAt(int index, int offset)
    {
        if (_nodes[index] is not LiteralInline literal || offset <= _starts[index] || offset - _starts[index] >= literal.Content.Length)
        {
            return null;
        }

        var cut = literal.Content.Start + offset - _starts[index];
        var rest = new LiteralInline(new StringSlice(literal.Content.Text, cut, literal.Content.End));
        literal.Content = new StringSlice(literal.Content.Text, literal.Content.Start, cut - 1);
        literal.InsertAfter(rest);
        return rest;
    }
}
