using System.Globalization;
using System.Net;
using System.Text;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace StatiqSite.Quizzes;

/// <summary>
/// Writes a quiz as a form that works without JavaScript: a fieldset and legend per question, real radio
/// buttons, checkboxes or a text area with labels, and under each question a <c>&lt;details&gt;</c> holding the
/// answer, the feedback and the explanation. The script (<c>js/quiz.js</c>) reveals the hidden buttons,
/// feedback and score and hides the <c>&lt;details&gt;</c>. The status paragraph is the live region, present from load.
/// </summary>
public sealed class HtmlQuizRenderer : HtmlObjectRenderer<QuizBlock>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, QuizBlock block) =>
        renderer.Write(Render(block.Quiz, block.Strings));

    /// <summary>The widget's HTML.</summary>
    public static string Render(Quiz quiz, QuizStrings strings)
    {
        var id = quiz.Id!;
        var html = new StringBuilder();
        html.Append($"<section class=\"quiz\" id=\"{quiz.Anchor}\" data-quiz=\"{id}\" data-quiz-version=\"{quiz.Version}\" ")
            .Append($"data-quiz-strings=\"{Encode(strings.Json)}\" aria-labelledby=\"{quiz.Anchor}-titel\">\n")
            .Append($"<h2 class=\"quiz-title\" id=\"{quiz.Anchor}-titel\">")
            .Append(quiz.Title is null ? Encode(strings[QuizStrings.Title]) : QuizMarkdown.Inline(quiz.Title)).Append("</h2>\n")
            .Append("<form class=\"quiz-form\">\n");
        for (var i = 0; i < quiz.Questions.Length; i++)
        {
            Question(html, quiz, i, strings);
        }

        html.Append("<div class=\"quiz-footer\">\n<p class=\"quiz-total\" hidden></p>\n<p class=\"quiz-status\" role=\"status\" aria-live=\"polite\"></p>\n")
            .Append($"<button type=\"button\" class=\"quiz-retry\" hidden>{Encode(strings[QuizStrings.Retry])}</button>\n</div>\n")
            .Append("</form>\n</section>\n");
        return html.ToString();
    }

    // The fieldset carries what quiz.js keeps progress by: the question's key and its own version.
    private static void Question(StringBuilder html, Quiz quiz, int index, QuizStrings strings)
    {
        var question = quiz.Questions[index];
        var name = quiz.QuestionAnchorOf(index);
        var counter = strings[QuizStrings.QuestionNumber]
            .Replace("{n}", (index + 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{total}", quiz.Questions.Length.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        html.Append($"<fieldset class=\"quiz-question\" id=\"{name}\" data-type=\"{QuizSyntax.NameOf(question.Type)}\" ")
            .Append($"data-question-key=\"{quiz.KeyOf(index)}\" data-question-version=\"{QuestionVersion.Of(question)}\">\n")
            .Append($"<legend><span class=\"quiz-number\">{Encode(counter)}</span> <span class=\"quiz-question-text\">{QuizMarkdown.Inline(question.Text)}</span></legend>\n");
        if (question.Type == QuestionType.Reflection)
        {
            html.Append($"<label class=\"quiz-answer-label\" for=\"{name}-antwoord\">{Encode(strings[QuizStrings.YourAnswer])}</label>\n")
                .Append($"<textarea class=\"quiz-reflection\" id=\"{name}-antwoord\" name=\"{name}\" rows=\"5\"></textarea>\n");
        }
        else
        {
            html.Append("<ul class=\"quiz-options\">\n");
            var choices = Choices(question, strings).ToList();
            for (var i = 0; i < choices.Count; i++)
            {
                Choice(html, question.Type == QuestionType.Multiple ? "checkbox" : "radio", name, i + 1, choices[i]);
            }

            html.Append("</ul>\n");
        }

        var check = question.Type == QuestionType.Reflection ? QuizStrings.CheckReflection : QuizStrings.Check;
        html.Append($"<button type=\"button\" class=\"quiz-check\" hidden>{Encode(strings[check])}</button>\n")
            .Append($"<div class=\"quiz-result\" id=\"{name}-uitleg\" hidden>\n");
        QuizAnswerKey.Result(html, question, strings);
        html.Append("</div>\n")
            .Append($"<details class=\"quiz-answer\">\n<summary>{Encode(strings[QuizStrings.ShowAnswer])}</summary>\n");
        QuizAnswerKey.Full(html, question, strings);
        html.Append("</details>\n</fieldset>\n");
    }

    /// <summary>The options as the reader sees them: the written ones, or "Waar" / "Niet waar".</summary>
    internal static IEnumerable<(string Label, bool Correct, string? Feedback)> Choices(QuizQuestion question, QuizStrings strings) =>
        question.Type == QuestionType.TrueFalse
            ? [(Encode(strings[QuizStrings.True]), question.Answer == true, null), (Encode(strings[QuizStrings.False]), question.Answer == false, null)]
            : question.Options.Select(o => (QuizMarkdown.Inline(o.Text), o.Correct, o.Feedback is null ? null : QuizMarkdown.Block(o.Feedback)));

    private static void Choice(StringBuilder html, string inputType, string name, int number, (string Label, bool Correct, string? Feedback) choice)
    {
        var id = $"{name}-{number}";
        html.Append("<li class=\"quiz-option\">")
            .Append($"<label class=\"quiz-choice\" for=\"{id}\"><input type=\"{inputType}\" id=\"{id}\" name=\"{name}\" value=\"{number}\"")
            .Append(choice.Correct ? " data-correct" : "").Append('>')
            .Append($"<span class=\"quiz-choice-text\">{choice.Label}</span></label>")
            .Append($"<div class=\"quiz-feedback\" id=\"{id}-feedback\" hidden>{choice.Feedback}</div></li>\n");
    }

    /// <summary>HTML-escapes text for element content and attribute values.</summary>
    internal static string Encode(string text) => WebUtility.HtmlEncode(text);
}
