using StatiqSite.Theme;

namespace StatiqSite.Quizzes.Kinds;

/// <summary><c>reflection</c>: a text area, not scored; the required <c>model_answer</c> is shown after.</summary>
public sealed class ReflectionKind : QuestionKind<ReflectionQuestion>
{
    /// <inheritdoc />
    public override string Name => "reflection";

    /// <inheritdoc />
    public override IReadOnlyList<string> Keys { get; } = [QuizSyntax.ModelAnswer];

    /// <inheritdoc />
    public override bool Scored => false;

    /// <inheritdoc />
    public override bool Implied(IReadOnlyDictionary<string, KindEntry> keys) => keys.ContainsKey(QuizSyntax.ModelAnswer);

    /// <inheritdoc />
    public override Question? Read(QuestionHead head, IReadOnlyDictionary<string, KindEntry> keys, QuizYaml reading) =>
        Required(keys, QuizSyntax.ModelAnswer, "add 'model_answer: ...' with an example answer", head, reading) is { } entry
        && reading.Text(QuizSyntax.ModelAnswer, entry.Value) is { } modelAnswer && head.Text is not null
            ? head.Complete(new ReflectionQuestion(this, head.Text, modelAnswer))
            : null;

    /// <inheritdoc />
    protected override IEnumerable<string> PartsOf(ReflectionQuestion question) => [];

    /// <inheritdoc />
    protected override IEnumerable<QuizText?> TextsOf(ReflectionQuestion question) => [question.ModelAnswer];

    /// <inheritdoc />
    protected override QuestionView ViewOf(ReflectionQuestion question, QuestionContext context) =>
        new(new object(), context.Strings[QuizStrings.CheckReflection], [],
            [new QuizNote("quiz-model-answer", context.Strings[QuizStrings.ModelAnswer], new SafeHtml(QuizMarkdown.Block(question.ModelAnswer)))]);
}

/// <summary>A <c>reflection</c> question.</summary>
/// <param name="Kind">Its kind.</param>
/// <param name="Text">The question.</param>
/// <param name="ModelAnswer">The example answer shown after the reader wrote their own.</param>
public sealed record ReflectionQuestion(IQuestionKind Kind, QuizText Text, QuizText ModelAnswer) : Question(Kind, Text);
