namespace StatiqSite.Quizzes.Kinds;

/// <summary>
/// The base of a kind with its own question record <typeparamref name="TQuestion"/>: the interface's members that
/// take any question are passed on typed, and the common messages of reading are written once.
/// </summary>
public abstract class QuestionKind<TQuestion> : IQuestionKind where TQuestion : Question
{
    /// <inheritdoc />
    public abstract string Name { get; }

    /// <inheritdoc />
    public abstract IReadOnlyList<string> Keys { get; }

    /// <inheritdoc />
    public virtual bool Scored => true;

    /// <inheritdoc />
    public virtual IReadOnlyList<string> Assets => [];

    /// <inheritdoc />
    public virtual bool Implied(IReadOnlyDictionary<string, KindEntry> keys) => false;

    /// <inheritdoc />
    public abstract Question? Read(QuestionHead head, IReadOnlyDictionary<string, KindEntry> keys, QuizYaml reading);

    /// <inheritdoc />
    public IEnumerable<string> VersionParts(Question question) => PartsOf((TQuestion)question);

    /// <inheritdoc />
    public IEnumerable<QuizText?> Texts(Question question) => TextsOf((TQuestion)question);

    /// <inheritdoc />
    public QuestionView View(Question question, QuestionContext context) => ViewOf((TQuestion)question, context);

    /// <summary>What the reader answers to, besides kind and text.</summary>
    protected abstract IEnumerable<string> PartsOf(TQuestion question);

    /// <summary>The kind's Markdown texts.</summary>
    protected abstract IEnumerable<QuizText?> TextsOf(TQuestion question);

    /// <summary>What the widget shows of the question.</summary>
    protected abstract QuestionView ViewOf(TQuestion question, QuestionContext context);

    /// <summary>
    /// The value of the required <paramref name="key"/>, or null after reporting at the question that it is missing
    /// (<paramref name="hint"/> says what to add).
    /// </summary>
    protected KindEntry? Required(IReadOnlyDictionary<string, KindEntry> keys, string key, string hint, QuestionHead head, QuizYaml reading)
    {
        if (keys.TryGetValue(key, out var entry))
        {
            return entry;
        }

        reading.Report(head.At, $"{QuestionKinds.Describe(this)} needs '{key}': {hint}");
        return null;
    }

    /// <summary>Reports that a list has too few or too many entries; true when its count is within the bounds.</summary>
    protected static bool CheckCount(KindEntry entry, int count, int min, int max, string what, QuizYaml reading)
    {
        if (count >= min && count <= max)
        {
            return true;
        }

        reading.Report(entry.Key, $"'{((YamlDotNet.RepresentationModel.YamlScalarNode)entry.Key).Value}' needs {min} to {max} {what}, this one has {count}: "
            + (count < min ? $"add {what}" : "remove some, or split the question"));
        return false;
    }
}
