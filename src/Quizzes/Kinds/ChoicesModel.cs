using StatiqSite.Theme;

namespace StatiqSite.Quizzes.Kinds;

/// <summary>The partial model of the kinds answered by choosing (<c>single</c>, <c>multiple</c>, <c>truefalse</c>).</summary>
/// <param name="InputType"><c>radio</c> or <c>checkbox</c>.</param>
/// <param name="Choices">The choices in the order shown.</param>
public sealed record ChoicesModel(string InputType, IReadOnlyList<ChoiceModel> Choices)
{
    /// <summary>A choice of the question <paramref name="anchor"/> with the stable <paramref name="value"/> (its written position).</summary>
    public static ChoiceModel Choice(string anchor, int value, SafeHtml label, bool correct, SafeHtml? feedback)
    {
        var number = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new ChoiceModel($"{anchor}-{number}", number, label, correct, feedback);
    }

    /// <summary>The view of a choice question: the choices, and each marked right or wrong in the answer key.</summary>
    public static QuestionView View(string inputType, IReadOnlyList<ChoiceModel> choices, QuizStrings strings) =>
        new(new ChoicesModel(inputType, choices), strings[QuizStrings.Check], [.. choices.Select(c => AnswerKeyEntry.Marked(c.Label, c.Correct, c.Feedback))], []);
}

/// <summary>One choice.</summary>
/// <param name="Id">The input's element id.</param>
/// <param name="Value">The input's value: the choice's written position, what a saved answer refers to.</param>
/// <param name="Label">Its text as HTML.</param>
/// <param name="Correct">Whether choosing it is right.</param>
/// <param name="Feedback">Its feedback as HTML, or null.</param>
public sealed record ChoiceModel(string Id, string Value, SafeHtml Label, bool Correct, SafeHtml? Feedback);
