using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace StatiqSite.Export;

/// <summary>
/// Writes a quiz in Moodle's GIFT text format (<c>/export/&lt;quiz-id&gt;.gift</c>): a <c>$CATEGORY</c> named after the
/// quiz, then one question per paragraph, <c>::name::[html]text{answers}</c>. GIFT has multiple choice (weights in
/// <c>%...%</c>), true/false, essay, short answer (one gap) and matching; ordering and texts with more than one gap
/// are left out. GIFT has no grader information, so an essay's model answer goes with the general feedback.
/// </summary>
public static class GiftWriter
{
    /// <summary>The file of <paramref name="quiz"/>, UTF-8 without byte order mark.</summary>
    public static ExportFile Write(ExportQuiz quiz)
    {
        var gift = new StringBuilder();
        var title = quiz.Title.Length > 0 ? quiz.Title.ReplaceLineEndings(" ") + " " : "";
        gift.Append(CultureInfo.InvariantCulture, $"// {title}({quiz.Id})\n$CATEGORY: $course$/top/{quiz.Id}\n\n");
        var leftOut = ImmutableArray.CreateBuilder<ExportQuestion>();
        foreach (var question in quiz.Questions)
        {
            if (Answers(question) is { } answers)
            {
                gift.Append("::").Append(GiftText.Escape(question.Name)).Append("::[html]").Append(answers).Append("\n\n");
            }
            else
            {
                leftOut.Add(question);
            }
        }

        return new ExportFile(new UTF8Encoding(false).GetBytes(gift.ToString()), leftOut.ToImmutable());
    }

    // The question text with its answer block; null when GIFT has no kind for the question. The one place a new kind is mapped for GIFT.
    private static string? Answers(ExportQuestion question) => question switch
    {
        ExportChoice choice => E(question.Html) + Block(question, choice.Options.Select(o => Option(choice, o))),
        ExportTrueFalse truefalse => E(question.Html) + "{" + (truefalse.Answer ? "TRUE" : "FALSE") + General(question.Explanation) + "}",
        ExportEssay essay => E(question.Html) + "{" + General(Join(essay.ModelAnswer, question.Explanation)) + "}",
        ExportGaps { Gaps.Length: 1 } gaps => E(question.Html) + E(gaps.Parts[0]) + "{" + string.Concat(gaps.Gaps[0].Select(a => "=" + E(a) + " "))
            + General(question.Explanation) + "}" + E(gaps.Parts[1]),
        ExportMatching matching => E(question.Html) + Block(question, matching.Pairs.Select(p => "=" + E(p.Left) + " -> " + E(p.Right))),
        _ => null,
    };

    private static string Block(ExportQuestion question, IEnumerable<string> answers) =>
        "{\n" + string.Concat(answers.Select(a => a + "\n")) + (question.Explanation is null ? "" : General(question.Explanation) + "\n") + "}";

    // Single choice: "=" for the right option, "~" for the others. Multiple: every option "~" with its weight, the right
    // ones sharing +100 %, the wrong ones -100 %, so ticking everything scores nothing.
    private static string Option(ExportChoice question, ExportOption option)
    {
        var mark = question.Multiple ? "~%" + Weights.Format(Weights.Of(question, option)) + "%" : option.Correct ? "=" : "~";
        return mark + E(option.Html) + (option.Feedback is null ? "" : "#" + E(option.Feedback));
    }

    private static string General(string? html) => html is null ? "" : "####" + E(html);

    private static string? Join(string modelAnswer, string? explanation) => explanation is null ? modelAnswer : modelAnswer + "\n" + explanation;

    private static string E(string text) => GiftText.Escape(text);
}
