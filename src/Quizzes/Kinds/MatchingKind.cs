using System.Collections.Immutable;
using StatiqSite.Theme;
using YamlDotNet.RepresentationModel;

namespace StatiqSite.Quizzes.Kinds;

/// <summary>
/// <c>matching</c>: 2 to 10 <c>pairs</c> of <c>left</c> and <c>right</c>; per left-hand side a native
/// <c>&lt;select&gt;</c> of every right-hand side, shuffled (never in the written order). A right-hand side's value is
/// its pair's written position; right-hand sides must differ, or the reader could not tell which is meant.
/// </summary>
public sealed class MatchingKind : QuestionKind<MatchingQuestion>
{
    /// <summary>Fewest and most pairs.</summary>
    public const int MinPairs = 2, MaxPairs = 10;

    private static readonly string[] PairKeys = [QuizSyntax.Left, QuizSyntax.Right];

    /// <inheritdoc />
    public override string Name => "matching";

    /// <inheritdoc />
    public override IReadOnlyList<string> Keys { get; } = [QuizSyntax.Pairs];

    /// <inheritdoc />
    public override Question? Read(QuestionHead head, IReadOnlyDictionary<string, KindEntry> keys, QuizYaml reading)
    {
        if (Required(keys, QuizSyntax.Pairs, $"add 'pairs:' with {MinPairs} to {MaxPairs} pairs, each '- left: ...' with 'right: ...' below it", head, reading) is not { } entry)
        {
            return null;
        }

        if (entry.Value is not YamlSequenceNode sequence)
        {
            reading.Report(entry.Value, "'pairs' must be a list: start each pair with '- left: ...' and put 'right: ...' below it");
            return null;
        }

        var pairs = sequence.Children.Select(item => ReadPair(item, reading)).ToList();
        var complete = pairs.OfType<MatchingPair>().ToList();
        return CheckCount(entry, pairs.Count, MinPairs, MaxPairs, "pairs", reading) && complete.Count == pairs.Count && Distinct(complete, reading) && head.Text is not null
            ? head.Complete(new MatchingQuestion(this, head.Text, [.. complete]))
            : null;
    }

    private static MatchingPair? ReadPair(YamlNode item, QuizYaml reading)
    {
        if (item is not YamlMappingNode pair)
        {
            reading.Report(item, $"a pair must be 'left: ...' and 'right: ...' lines, like '- left: {QuizYaml.Describe(item)}' with 'right: ...' below it");
            return null;
        }

        QuizText? left = null, right = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, keyNode, value) in reading.Entries(pair))
        {
            seen.Add(key);
            switch (key)
            {
                case QuizSyntax.Left: left = reading.Text(key, value); break;
                case QuizSyntax.Right: right = reading.Text(key, value); break;
                default: reading.Unknown(key, keyNode, "a pair", PairKeys); break;
            }
        }

        foreach (var missing in PairKeys.Where(k => !seen.Contains(k)))
        {
            reading.Report(pair, $"the pair has no '{missing}': add '{missing}: ...' with its " + (missing == QuizSyntax.Left ? "term" : "description"));
        }

        return left is null || right is null ? null : new MatchingPair(left, right);
    }

    /// <summary>Reports each right-hand side written before in the question, naming the first's line.</summary>
    private static bool Distinct(List<MatchingPair> pairs, QuizYaml reading)
    {
        var first = new Dictionary<string, QuizText>(StringComparer.OrdinalIgnoreCase);
        var distinct = true;
        foreach (var right in pairs.Select(p => p.Right))
        {
            if (first.TryGetValue(right.Markdown, out var earlier))
            {
                reading.Report(right, $"the right side '{right.Markdown}' is also used on line {earlier.Line}: make every right side different, or the reader cannot tell which is meant");
                distinct = false;
            }
            else
            {
                first.Add(right.Markdown, right);
            }
        }

        return distinct;
    }

    /// <inheritdoc />
    protected override IEnumerable<string> PartsOf(MatchingQuestion question) => question.Pairs.SelectMany(p => new[] { p.Left.Markdown, p.Right.Markdown });

    /// <inheritdoc />
    protected override IEnumerable<QuizText?> TextsOf(MatchingQuestion question) => question.Pairs.SelectMany(p => new[] { p.Left, p.Right });

    /// <inheritdoc />
    protected override QuestionView ViewOf(MatchingQuestion question, QuestionContext context)
    {
        var pairs = question.Pairs;
        var rows = pairs.Select((p, i) => new MatchingRow($"{context.Anchor}-{i + 1}", new SafeHtml(QuizMarkdown.Inline(p.Left)), i + 1)).ToList();
        var choices = QuizShuffle.Mixed(context.Seed, pairs.Length).Select(i => new MatchingChoice(i + 1, QuizMarkdown.Plain(pairs[i].Right))).ToList();
        var key = pairs.Select(p => new AnswerKeyEntry(new SafeHtml($"{QuizMarkdown.Inline(p.Left)} → {QuizMarkdown.Inline(p.Right)}"), null, null));
        return new QuestionView(new MatchingModel(rows, choices), context.Strings[QuizStrings.Check], [.. key], []);
    }
}

/// <summary>A <c>matching</c> question.</summary>
/// <param name="Kind">Its kind.</param>
/// <param name="Text">The question.</param>
/// <param name="Pairs">The pairs as written.</param>
public sealed record MatchingQuestion(IQuestionKind Kind, QuizText Text, ImmutableArray<MatchingPair> Pairs) : Question(Kind, Text);

/// <summary>A pair: a term and what it matches.</summary>
/// <param name="Left">The left-hand side (Markdown).</param>
/// <param name="Right">The right-hand side (Markdown; shown as plain text in the list).</param>
public sealed record MatchingPair(QuizText Left, QuizText Right);

/// <summary>The model of <c>quiz/matching.liquid</c>.</summary>
/// <param name="Rows">One per left-hand side, in written order.</param>
/// <param name="Choices">The right-hand sides in the shuffled order every list shows.</param>
public sealed record MatchingModel(IReadOnlyList<MatchingRow> Rows, IReadOnlyList<MatchingChoice> Choices);

/// <summary>A left-hand side with its list.</summary>
/// <param name="Id">The list's element id.</param>
/// <param name="Label">The left-hand side as HTML.</param>
/// <param name="Answer">The value of its right-hand side.</param>
public sealed record MatchingRow(string Id, SafeHtml Label, int Answer);

/// <summary>A right-hand side in the lists.</summary>
/// <param name="Value">Its pair's written position.</param>
/// <param name="Text">It as plain text (a list entry holds no markup).</param>
public sealed record MatchingChoice(int Value, string Text);
