namespace StatiqSite.Quizzes.Kinds;

/// <summary><c>single</c>: radio buttons, exactly one option right. The default when exactly one option is marked right.</summary>
public sealed class SingleKind : ChoiceKind
{
    /// <inheritdoc />
    public override string Name => "single";

    /// <inheritdoc />
    protected override bool One => true;

    /// <inheritdoc />
    public override bool Implied(IReadOnlyDictionary<string, KindEntry> keys) =>
        keys.TryGetValue(QuizSyntax.Options, out var options) && OptionReader.CountCorrect(options.Value) == 1;
}
