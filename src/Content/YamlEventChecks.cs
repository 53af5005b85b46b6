using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace StatiqSite.Content;

/// <summary>
/// Passes YamlDotNet's parser events on to the node builder of <see cref="YamlRoot"/> and stops at what a site's
/// YAML may not hold: anchors and aliases (a contributor never needs them, and aliases let a few lines expand
/// into millions of nodes), a key written twice in one mapping, a null character, nesting deeper than
/// <see cref="MaxDepth"/> (the node builder recurses). Keeps the flow collections still open, so a failure
/// without a place can point at the one not closed.
/// </summary>
internal sealed class YamlEventChecks(IParser parser) : IParser
{
    /// <summary>The deepest nesting of lists and mappings accepted; the site's deepest YAML, a quiz, has 4.</summary>
    public const int MaxDepth = 32;

    private readonly Stack<Collection> _open = new();
    private Mark _last = Mark.Empty;

    /// <inheritdoc />
    public ParsingEvent? Current => parser.Current;

    /// <inheritdoc />
    public bool MoveNext()
    {
        if (!parser.MoveNext())
        {
            return false;
        }

        var current = parser.Current!;
        _last = current.End;
        Check(current);
        return true;
    }

    /// <summary>The place and message for a failure YamlDotNet gave no place for.</summary>
    public (Mark At, string Message) UnreadableHere()
    {
        foreach (var (at, sequence, flow, _, _) in _open)
        {
            if (flow)
            {
                return (at, sequence
                    ? "this '[' is not closed: end the list with ']' on the same line, or put quotes around text that starts with '['"
                    : "this '{' is not closed: end it with '}' on the same line, or put quotes around text that starts with '{'");
            }
        }

        return (_last.Line > 0 ? _last : new Mark(0, 1, 1), "the YAML cannot be read from here on: check the quotes and brackets on this line and the one before");
    }

    private void Check(ParsingEvent current)
    {
        if (current is AnchorAlias alias)
        {
            throw new RefusedException(alias.Start, $"aliases ('*{alias.Value}') are not supported: write the value out in full");
        }

        if (current is NodeEvent { Anchor.IsEmpty: false } anchored)
        {
            throw new RefusedException(anchored.Start, $"anchors ('&{anchored.Anchor}') are not supported: remove it and write each value out in full");
        }

        if (current is Scalar scalar && scalar.Value.Contains('\0', StringComparison.Ordinal))
        {
            throw new RefusedException(scalar.Start, "the text holds a null character: remove it (it is invisible in most editors; retype the line)");
        }

        CheckKey(current);
        switch (current)
        {
            case SequenceStart or MappingStart:
                if (_open.Count >= MaxDepth)
                {
                    throw new RefusedException(current.Start, $"lists and mappings are nested more than {MaxDepth} deep here: write it flatter");
                }

                var sequence = current is SequenceStart;
                var flow = current is SequenceStart { Style: SequenceStyle.Flow } or MappingStart { Style: MappingStyle.Flow };
                _open.Push(new Collection(current.Start, sequence, flow, sequence ? null : new HashSet<string>(StringComparer.Ordinal), true));
                break;
            case SequenceEnd or MappingEnd:
                _open.Pop();
                break;
        }
    }

    /// <summary>Alternates key and value in the innermost mapping; a key seen before in it is refused.</summary>
    private void CheckKey(ParsingEvent current)
    {
        if (current is SequenceEnd or MappingEnd || !_open.TryPeek(out var top) || top.Keys is null)
        {
            return;
        }

        if (top.AtKey && current is Scalar key && !top.Keys.Add(key.Value))
        {
            throw new RefusedException(key.Start, $"the key '{key.Value}' is written twice here: keep one");
        }

        _open.Pop();
        _open.Push(top with { AtKey = !top.AtKey });
    }

    /// <summary>A list or mapping being read; a mapping knows its keys so far and whether a key comes next.</summary>
    private readonly record struct Collection(Mark At, bool Sequence, bool Flow, HashSet<string>? Keys, bool AtKey);

    /// <summary>What <see cref="YamlEventChecks"/> stops at, with its place in the YAML.</summary>
    internal sealed class RefusedException(Mark at, string message) : Exception(message)
    {
        /// <summary>Where the refused thing starts.</summary>
        public Mark At { get; } = at;
    }
}
