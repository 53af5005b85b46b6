using System.Collections.Immutable;
using StatiqSite.Content;
using StatiqSite.Theme;
using YamlDotNet.RepresentationModel;

namespace StatiqSite.Quizzes.Kinds;

/// <summary>
/// <c>ordering</c>: 3 to 10 <c>items</c>, written in the right order and shown shuffled (never in the right order);
/// the reader moves them with "Omhoog" and "Omlaag" buttons. An item's value is its written position.
/// </summary>
public sealed class OrderingKind : QuestionKind<OrderingQuestion>
{
    /// <summary>Fewest and most items.</summary>
    public const int MinItems = 3, MaxItems = 10;

    /// <inheritdoc />
    public override string Name => "ordering";

    /// <inheritdoc />
    public override IReadOnlyList<string> Keys { get; } = [QuizSyntax.Items];

    /// <inheritdoc />
    public override Question? Read(QuestionHead head, IReadOnlyDictionary<string, KindEntry> keys, QuizYaml reading)
    {
        if (Required(keys, QuizSyntax.Items, $"add 'items:' with {MinItems} to {MaxItems} items in the right order, each '- ...'", head, reading) is not { } entry)
        {
            return null;
        }

        if (entry.Value is not YamlSequenceNode sequence)
        {
            reading.Report(entry.Value, "'items' must be a list: put each item on its own line starting with '- ', in the right order");
            return null;
        }

        var items = sequence.Children.Select(item => ReadItem(item, reading)).ToList();
        return CheckCount(entry, items.Count, MinItems, MaxItems, "items", reading) && items.All(i => i is not null) && head.Text is not null
            ? head.Complete(new OrderingQuestion(this, head.Text, [.. items.OfType<QuizText>()]))
            : null;
    }

    private static QuizText? ReadItem(YamlNode item, QuizYaml reading)
    {
        if (YamlScalars.TryText(item, out var text) && !YamlScalars.IsNull(item) && !string.IsNullOrWhiteSpace(text))
        {
            return reading.Markdown(text, item);
        }

        reading.Report(item, "an item must be text on its own line, like '- Signalen in kaart brengen' (put quotes around text with ': ' in it)");
        return null;
    }

    /// <inheritdoc />
    protected override IEnumerable<string> PartsOf(OrderingQuestion question) => question.Items.Select(i => i.Markdown);

    /// <inheritdoc />
    protected override IEnumerable<QuizText?> TextsOf(OrderingQuestion question) => question.Items;

    /// <inheritdoc />
    protected override QuestionView ViewOf(OrderingQuestion question, QuestionContext context)
    {
        var labels = question.Items.Select(i => new SafeHtml(QuizMarkdown.Inline(i))).ToList();
        var shown = QuizShuffle.Mixed(context.Seed, labels.Count).Select(i => new OrderingItem($"{context.Anchor}-{i + 1}", i + 1, labels[i])).ToList();
        return new QuestionView(new OrderingModel(shown), context.Strings[QuizStrings.Check], [.. labels.Select(l => new AnswerKeyEntry(l, null, null))], []) { Ordered = true };
    }
}

/// <summary>An <c>ordering</c> question.</summary>
/// <param name="Kind">Its kind.</param>
/// <param name="Text">The question.</param>
/// <param name="Items">The items in the right order.</param>
public sealed record OrderingQuestion(IQuestionKind Kind, QuizText Text, ImmutableArray<QuizText> Items) : Question(Kind, Text);

/// <summary>The model of <c>quiz/ordering.liquid</c>.</summary>
/// <param name="Items">The items in the order shown.</param>
public sealed record OrderingModel(IReadOnlyList<OrderingItem> Items);

/// <summary>An item as shown.</summary>
/// <param name="Id">Its element id.</param>
/// <param name="Value">Its written (right) position, 1-based: what a saved answer and the check refer to.</param>
/// <param name="Label">Its text as HTML.</param>
public sealed record OrderingItem(string Id, int Value, SafeHtml Label);
