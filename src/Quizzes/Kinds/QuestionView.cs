using StatiqSite.Theme;

namespace StatiqSite.Quizzes.Kinds;

/// <summary>What a kind gives the widget for one question.</summary>
/// <param name="Model">The model of the kind's partial (<c>quiz/&lt;name&gt;.liquid</c>), seen there as <c>question</c>.</param>
/// <param name="Check">The label of the check button.</param>
/// <param name="Key">The answer key shown in the <c>&lt;details&gt;</c> fallback; empty for none.</param>
/// <param name="Notes">What is shown once checked, before the explanation (a model answer).</param>
public sealed record QuestionView(object Model, string Check, IReadOnlyList<AnswerKeyEntry> Key, IReadOnlyList<QuizNote> Notes)
{
    /// <summary>Whether the key is a sequence (the right order), written as a numbered list.</summary>
    public bool Ordered { get; init; }
}

/// <summary>One line of the answer key.</summary>
/// <param name="Label">The option, item or pair.</param>
/// <param name="Verdict"><c>correct</c> or <c>incorrect</c> (marked with icon and text), or null when every line is simply the answer.</param>
/// <param name="Feedback">Feedback for it, or null.</param>
public sealed record AnswerKeyEntry(SafeHtml Label, string? Verdict, SafeHtml? Feedback)
{
    /// <summary>A line marked right or wrong.</summary>
    public static AnswerKeyEntry Marked(SafeHtml label, bool correct, SafeHtml? feedback) => new(label, correct ? "correct" : "incorrect", feedback);
}

/// <summary>A labelled part shown after checking and in the answer key (model answer, explanation).</summary>
/// <param name="Class">Its CSS class.</param>
/// <param name="Label">Its label.</param>
/// <param name="Html">Its content.</param>
public sealed record QuizNote(string Class, string Label, SafeHtml Html);
