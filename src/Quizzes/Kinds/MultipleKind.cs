namespace StatiqSite.Quizzes.Kinds;

/// <summary><c>multiple</c>: checkboxes, one or more options right. The default when more than one option is marked right.</summary>
public sealed class MultipleKind : ChoiceKind
{
    /// <inheritdoc />
    public override string Name => "multiple";

    /// <inheritdoc />
    protected override bool One => false;

    /// <inheritdoc />
    public override bool Implied(IReadOnlyDictionary<string, KindEntry> keys) =>
        keys.TryGetValue(QuizSyntax.Options, out var options) && OptionReader.CountCorrect(options.Value) > 1;
}
