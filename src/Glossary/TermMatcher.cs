namespace StatiqSite.Glossary;

/// <summary>A term found in a text: the characters it covers and the index of the term.</summary>
public readonly record struct TermMatch(int Start, int End, int Term);

/// <summary>
/// Finds every glossary form in a text in one pass, however many terms there are: a trie over normalised
/// words, built once per build. At each word it follows the trie as far as the text's words allow and keeps
/// the longest form that ends there (leftmost-longest), so "professionele afstand" wins over "afstand".
/// The cost per word is bounded by the longest phrase, not by the number of terms.
/// </summary>
public sealed class TermMatcher
{
    private readonly Node _root = new();

    /// <summary>The number of distinct forms added.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// Adds a form (normalised words) for term <paramref name="term"/>. Returns the term that already claims the
    /// form when it is another one (the form is then left to the first), else null.
    /// </summary>
    public int? Add(IReadOnlyList<string> words, int term)
    {
        var node = _root;
        foreach (var word in words)
        {
            node.Next ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Next.TryGetValue(word, out var next))
            {
                next = new Node();
                node.Next[word] = next;
            }

            node = next;
        }

        if (node.Term is { } existing)
        {
            return existing == term ? null : existing;
        }

        node.Term = term;
        Count++;
        return null;
    }

    /// <summary>The term a form belongs to, or null.</summary>
    public int? Find(IReadOnlyList<string> words)
    {
        var node = _root;
        foreach (var word in words)
        {
            if (node.Next is null || !node.Next.TryGetValue(word, out node))
            {
                return null;
            }
        }

        return node.Term;
    }

    /// <summary>The non-overlapping leftmost-longest matches in <paramref name="text"/>, in order.</summary>
    public List<TermMatch> Matches(string text)
    {
        var matches = new List<TermMatch>();
        var words = WordTokenizer.Spans(text);
        var i = 0;
        while (i < words.Count)
        {
            var (length, term) = Longest(text, words, i);
            if (length == 0)
            {
                i++;
                continue;
            }

            matches.Add(new TermMatch(words[i].Start, words[i + length - 1].End, term));
            i += length;
        }

        return matches;
    }

    private (int Length, int Term) Longest(string text, List<Word> words, int start)
    {
        var node = _root;
        (int, int) best = (0, -1);
        for (var j = start; j < words.Count; j++)
        {
            if (j > start && !words[j].FollowsSpace)
            {
                break;
            }

            if (node.Next is null || Next(node.Next, text.AsSpan(words[j].Start, words[j].End - words[j].Start)) is not { } next)
            {
                break;
            }

            node = next;

            if (node.Term is { } term)
            {
                best = (j - start + 1, term);
            }
        }

        return best;
    }

    /// <summary>
    /// The node after <paramref name="word"/>, looked up by its normal form: written into a buffer on the stack and
    /// found through the dictionary's span lookup, so the words of a page (most of which match nothing) cost no
    /// string each.
    /// </summary>
    private static Node? Next(Dictionary<string, Node> next, ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 64 ? stackalloc char[64] : new char[word.Length];
        var normal = buffer[..word.Length];
        if (!WordTokenizer.TryNormalizeFast(word, normal))
        {
            return next.GetValueOrDefault(WordTokenizer.Normalize(word));
        }

        return next.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(normal, out var node) ? node : null;
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Next { get; set; }

        public int? Term { get; set; }
    }
}
