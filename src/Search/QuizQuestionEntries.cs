using AngleSharp.Dom;

namespace StatiqSite.Search;

/// <summary>
/// Each question of a quiz widget (<c>[data-quiz]</c>, one <c>&lt;legend&gt;</c> per question), pointing at the
/// quiz (the root's id). Only the question is indexed, never its options or answers; the whole widget is then
/// removed from the body so the page's sections do not index the answers either.
/// </summary>
public sealed class QuizQuestionEntries : ISearchExtractor
{
    /// <summary>The quiz widget's root element.</summary>
    public const string QuizSelector = "[data-quiz]";

    /// <summary>The question text inside a legend, when the widget marks it (the legend also holds "Vraag 1 van 3").</summary>
    public const string QuestionTextSelector = ".quiz-question-text";

    /// <summary>The heading shown for a quiz without a title of its own.</summary>
    public const string DefaultTitle = "Quiz";

    /// <inheritdoc />
    public IEnumerable<SearchEntry> Extract(SearchPage page, IElement body)
    {
        var entries = new List<SearchEntry>();
        foreach (var quiz in body.QuerySelectorAll(QuizSelector).ToList())
        {
            if (quiz.Parent is null || quiz.ParentElement?.Closest(QuizSelector) is not null)
            {
                continue;
            }

            var title = quiz.QuerySelector("h2, h3") is { } heading ? HtmlText.Of(heading) : DefaultTitle;
            var anchor = quiz.Id ?? "";
            foreach (var legend in quiz.QuerySelectorAll("legend"))
            {
                var question = HtmlText.Of(legend.QuerySelector(QuestionTextSelector) ?? legend);
                if (question.Length > 0)
                {
                    entries.Add(new SearchEntry(SearchEntryKind.Question, page.Destination, anchor, page.Title, title, question));
                }
            }

            quiz.Remove();
        }

        return entries;
    }
}
