using System.Collections.Immutable;
using StatiqSite.Theme;

namespace StatiqSite.Quizzes.Kinds;

/// <summary>
/// The base of <c>single</c> and <c>multiple</c>: 2 to 10 <c>options</c> as radio buttons or checkboxes, optionally
/// shown in a shuffled order (<c>shuffle: true</c>). An option's <c>value</c> is its written position, whatever its
/// place on the page, so a saved answer refers to the option.
/// </summary>
public abstract class ChoiceKind : QuestionKind<ChoiceQuestion>
{
    /// <inheritdoc />
    public override IReadOnlyList<string> Keys { get; } = [QuizSyntax.Options, QuizSyntax.Shuffle];

    /// <summary>Whether exactly one option is right (radio buttons), or at least one (checkboxes).</summary>
    protected abstract bool One { get; }

    /// <inheritdoc />
    public override Question? Read(QuestionHead head, IReadOnlyDictionary<string, KindEntry> keys, QuizYaml reading)
    {
        var shuffle = keys.TryGetValue(QuizSyntax.Shuffle, out var flag) && reading.Boolean(QuizSyntax.Shuffle, flag.Value) == true;
        if (Required(keys, QuizSyntax.Options, $"add 'options:' with {QuizSyntax.MinOptions} to {QuizSyntax.MaxOptions} options, each '- text: ...'", head, reading) is not { } entry)
        {
            return null;
        }

        var options = OptionReader.ReadAll(entry.Value, reading);
        return OptionReader.Check(Name, One, options, entry.Key, reading) && head.Text is not null
            ? head.Complete(new ChoiceQuestion(this, head.Text, options, shuffle))
            : null;
    }

    /// <inheritdoc />
    protected override IEnumerable<string> PartsOf(ChoiceQuestion question) =>
        question.Options.Select(option => (option.Correct ? "+" : "-") + option.Text.Markdown);

    /// <inheritdoc />
    protected override IEnumerable<QuizText?> TextsOf(ChoiceQuestion question) => question.Options.SelectMany(o => new[] { o.Text, o.Feedback });

    /// <inheritdoc />
    protected override QuestionView ViewOf(ChoiceQuestion question, QuestionContext context)
    {
        var order = question.Shuffle ? QuizShuffle.Order(context.Seed, question.Options.Length) : [.. Enumerable.Range(0, question.Options.Length)];
        var choices = order.Select(i => question.Options[i]).Select((option, place) => ChoicesModel.Choice(context.Anchor, order[place] + 1,
            new SafeHtml(QuizMarkdown.Inline(option.Text)), option.Correct, option.Feedback is null ? null : new SafeHtml(QuizMarkdown.Block(option.Feedback)))).ToList();
        return ChoicesModel.View(One ? "radio" : "checkbox", choices, context.Strings);
    }
}

/// <summary>A <c>single</c> or <c>multiple</c> question.</summary>
/// <param name="Kind">Its kind.</param>
/// <param name="Text">The question.</param>
/// <param name="Options">The options as written.</param>
/// <param name="Shuffle">Whether the options are shown in a shuffled order.</param>
public sealed record ChoiceQuestion(IQuestionKind Kind, QuizText Text, ImmutableArray<QuizOption> Options, bool Shuffle) : Question(Kind, Text);
