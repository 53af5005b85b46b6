using StatiqSite.Quizzes.Kinds;
using StatiqSite.Theme;

namespace StatiqSite.Quizzes;

/// <summary>The model of <c>theme/partials/quiz/quiz.liquid</c>, the widget's frame.</summary>
/// <param name="Id">The quiz id (<c>data-quiz</c>).</param>
/// <param name="Anchor">The widget's element id.</param>
/// <param name="Version">The quiz's content hash.</param>
/// <param name="Title">The title as HTML, or null for the theme's default (<c>strings.title</c>).</param>
/// <param name="Strings">The widget's text by name.</param>
/// <param name="StringsJson">The same as one JSON object, for the script.</param>
/// <param name="Questions">The questions in order.</param>
public sealed record QuizWidgetModel(string Id, string Anchor, string Version, SafeHtml? Title, IReadOnlyDictionary<string, string> Strings,
    string StringsJson, IReadOnlyList<QuestionWidgetModel> Questions);

/// <summary>One question as the frame writes it.</summary>
/// <param name="Anchor">Its element id (the fieldset's).</param>
/// <param name="Type">Its kind's name (<c>data-type</c>).</param>
/// <param name="Key">Its progress key.</param>
/// <param name="Version">Its own version.</param>
/// <param name="Counter">"Vraag 1 van 3".</param>
/// <param name="Text">The question as HTML.</param>
/// <param name="Controls">Its kind's partial, rendered.</param>
/// <param name="Check">The check button's label.</param>
/// <param name="AnswerKey">The answer key lines.</param>
/// <param name="Ordered">Whether the key is a numbered list.</param>
/// <param name="Notes">What checking reveals: the kind's notes and the explanation.</param>
public sealed record QuestionWidgetModel(string Anchor, string Type, string Key, string Version, string Counter, SafeHtml Text,
    SafeHtml Controls, string Check, IReadOnlyList<AnswerKeyEntry> AnswerKey, bool Ordered, IReadOnlyList<QuizNote> Notes);

/// <summary>The model of a kind's partial (<c>quiz/single.liquid</c>, ...).</summary>
/// <param name="Anchor">The question's element id, the prefix of its controls' ids.</param>
/// <param name="Question">The kind's own model.</param>
/// <param name="Strings">The widget's text by name.</param>
public sealed record QuestionPartialModel(string Anchor, object Question, IReadOnlyDictionary<string, string> Strings);
