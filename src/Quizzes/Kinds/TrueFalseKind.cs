using System.Globalization;
using StatiqSite.Theme;

namespace StatiqSite.Quizzes.Kinds;

/// <summary><c>truefalse</c>: "Waar" or "Niet waar", with the required <c>answer</c>.</summary>
public sealed class TrueFalseKind : QuestionKind<TrueFalseQuestion>
{
    /// <inheritdoc />
    public override string Name => "truefalse";

    /// <inheritdoc />
    public override IReadOnlyList<string> Keys { get; } = [QuizSyntax.Answer];

    /// <inheritdoc />
    public override bool Implied(IReadOnlyDictionary<string, KindEntry> keys) => keys.ContainsKey(QuizSyntax.Answer);

    /// <inheritdoc />
    public override Question? Read(QuestionHead head, IReadOnlyDictionary<string, KindEntry> keys, QuizYaml reading) =>
        Required(keys, QuizSyntax.Answer, "add 'answer: true' or 'answer: false'", head, reading) is { } entry
        && reading.Boolean(QuizSyntax.Answer, entry.Value) is { } answer && head.Text is not null
            ? head.Complete(new TrueFalseQuestion(this, head.Text, answer))
            : null;

    /// <inheritdoc />
    protected override IEnumerable<string> PartsOf(TrueFalseQuestion question) => [question.Answer.ToString(CultureInfo.InvariantCulture)];

    /// <inheritdoc />
    protected override IEnumerable<QuizText?> TextsOf(TrueFalseQuestion question) => [];

    /// <inheritdoc />
    protected override QuestionView ViewOf(TrueFalseQuestion question, QuestionContext context)
    {
        var strings = context.Strings;
        ChoiceModel Choice(int value, string label, bool correct) =>
            ChoicesModel.Choice(context.Anchor, value, new SafeHtml(ThemeTemplates.Encoder.Encode(strings[label])), correct, null);
        return ChoicesModel.View("radio", [Choice(1, QuizStrings.True, question.Answer), Choice(2, QuizStrings.False, !question.Answer)], strings);
    }
}

/// <summary>A <c>truefalse</c> question.</summary>
/// <param name="Kind">Its kind.</param>
/// <param name="Text">The statement.</param>
/// <param name="Answer">Whether it is true.</param>
public sealed record TrueFalseQuestion(IQuestionKind Kind, QuizText Text, bool Answer) : Question(Kind, Text);
