using System.Text;

namespace StatiqSite.Quizzes;

/// <summary>
/// The answer parts of a question: what the script shows after "Controleer" (model answer, explanation), and
/// the full key in the <c>&lt;details&gt;</c> fallback (each option marked with text, its feedback, the explanation).
/// </summary>
internal static class QuizAnswerKey
{
    /// <summary>The part shown after checking: the model answer of a reflection, and the explanation.</summary>
    public static void Result(StringBuilder html, QuizQuestion question, QuizStrings strings)
    {
        if (question.ModelAnswer is not null)
        {
            Labelled(html, "quiz-model-answer", strings[QuizStrings.ModelAnswer], QuizMarkdown.Block(question.ModelAnswer));
        }

        if (question.Explanation is not null)
        {
            Labelled(html, "quiz-explanation", strings[QuizStrings.Explanation], QuizMarkdown.Block(question.Explanation));
        }
    }

    /// <summary>The whole key, for readers without JavaScript.</summary>
    public static void Full(StringBuilder html, QuizQuestion question, QuizStrings strings)
    {
        html.Append("<div class=\"quiz-answer-body\">\n");
        if (question.Type != QuestionType.Reflection)
        {
            html.Append($"<p class=\"quiz-label\">{HtmlQuizRenderer.Encode(strings[QuizStrings.AnswerIs])}</p>\n<ul class=\"quiz-key\">\n");
            foreach (var (label, correct, feedback) in HtmlQuizRenderer.Choices(question, strings))
            {
                var verdict = HtmlQuizRenderer.Encode(strings[correct ? QuizStrings.Correct : QuizStrings.Incorrect]);
                var icon = correct ? "✓" : "✗";
                html.Append($"<li class=\"{(correct ? "is-correct" : "is-incorrect")}\"><span class=\"quiz-verdict\"><span class=\"quiz-icon\" aria-hidden=\"true\">{icon}</span> {verdict}:</span> ")
                    .Append(label).Append(feedback is null ? "" : $"<div class=\"quiz-key-feedback\">{feedback}</div>").Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        Result(html, question, strings);
        html.Append("</div>\n");
    }

    private static void Labelled(StringBuilder html, string cssClass, string label, string content) =>
        html.Append($"<div class=\"{cssClass}\"><p class=\"quiz-label\">{HtmlQuizRenderer.Encode(label)}</p>\n{content}\n</div>\n");
}
