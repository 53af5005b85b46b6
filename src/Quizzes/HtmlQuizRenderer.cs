using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using StatiqSite.Quizzes.Kinds;
using StatiqSite.Theme;

namespace StatiqSite.Quizzes;

/// <summary>
/// Writes a quiz with the theme's partials: <c>quiz/quiz.liquid</c> (the frame: a form with a fieldset and legend per
/// question, the check buttons, the answer in a <c>&lt;details&gt;</c> for readers without JavaScript, the live
/// region) and, per question, its kind's <c>quiz/&lt;kind&gt;.liquid</c> with the model its
/// <see cref="IQuestionKind.View"/> gives. The script (<c>js/quiz.js</c>) reveals the hidden buttons, feedback and
/// score and hides the <c>&lt;details&gt;</c>.
/// </summary>
public sealed class HtmlQuizRenderer : HtmlObjectRenderer<QuizBlock>
{
    /// <summary>The partial of the widget's frame.</summary>
    public const string FramePartial = "quiz/quiz";

    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, QuizBlock block) =>
        renderer.Write(Render(block.Quiz, block.Strings, block.Theme));

    /// <summary>The partial of a kind (<c>quiz/single</c>).</summary>
    public static string PartialOf(IQuestionKind kind) => "quiz/" + kind.Name;

    /// <summary>The widget's HTML.</summary>
    public static string Render(Quiz quiz, QuizStrings strings, ThemeTemplates theme)
    {
        var questions = quiz.Questions.Select((_, i) => QuestionModel(quiz, i, strings, theme)).ToList();
        var model = new QuizWidgetModel(quiz.Id!, quiz.Anchor, quiz.Version, quiz.Title is null ? null : new SafeHtml(QuizMarkdown.Inline(quiz.Title)),
            strings.Values, strings.Json, questions);
        return theme.RenderPartial(FramePartial, model);
    }

    // The fieldset carries what quiz.js keeps progress by: the question's key and its own version.
    private static QuestionWidgetModel QuestionModel(Quiz quiz, int index, QuizStrings strings, ThemeTemplates theme)
    {
        var question = quiz.Questions[index];
        var anchor = quiz.QuestionAnchorOf(index);
        var key = quiz.KeyOf(index);
        var view = question.Kind.View(question, new QuestionContext(anchor, $"{quiz.Id}/{key}", strings));
        var counter = strings[QuizStrings.QuestionNumber]
            .Replace("{n}", (index + 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{total}", quiz.Questions.Length.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var controls = theme.RenderPartial(PartialOf(question.Kind), new QuestionPartialModel(anchor, view.Model, strings.Values));
        IReadOnlyList<QuizNote> notes = question.Explanation is null
            ? view.Notes
            : [.. view.Notes, new QuizNote("quiz-explanation", strings[QuizStrings.Explanation], new SafeHtml(QuizMarkdown.Block(question.Explanation)))];
        return new QuestionWidgetModel(anchor, question.Kind.Name, key, QuestionVersion.Of(question), counter,
            new SafeHtml(QuizMarkdown.Inline(question.Text)), new SafeHtml(controls.TrimEnd('\n')), view.Check, view.Key, view.Ordered, notes);
    }
}
