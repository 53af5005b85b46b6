namespace StatiqSite.Quizzes;

/// <summary>
/// One question of a quiz, read and checked. Each kind (<see cref="Kinds.QuestionKinds"/>) has its own record
/// deriving from this one with what its reader read (options, items, pairs, ...).
/// </summary>
/// <param name="Kind">The kind that read it and knows how to render, version and check it.</param>
/// <param name="Text">The question (Markdown).</param>
public abstract record Question(Kinds.IQuestionKind Kind, QuizText Text)
{
    /// <summary>The question's own <c>id</c> (a-z 0-9 -, unique in its quiz), or null: then its position is its key.</summary>
    public string? Id { get; init; }

    /// <summary>Shown once answered, or null.</summary>
    public QuizText? Explanation { get; init; }
}
