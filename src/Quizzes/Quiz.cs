using System.Collections.Immutable;

namespace StatiqSite.Quizzes;

/// <summary>One quiz block, read and checked: what the renderer writes and the progress page lists.</summary>
/// <param name="Id">The quiz id: as written, or the page's default (<c>&lt;page-slug&gt;-&lt;n&gt;</c>); null until assigned.</param>
/// <param name="Title">The widget's heading, or null for the theme's default.</param>
/// <param name="Questions">The questions in order.</param>
/// <param name="Version">A hash of the block's YAML: stored progress of another version is not restored.</param>
/// <param name="Line">1-based line of the block's first YAML line in the page file.</param>
/// <param name="Column">1-based column there.</param>
public sealed record Quiz(string? Id, QuizText? Title, ImmutableArray<Question> Questions, string Version, int Line, int Column)
{
    /// <summary>The element id of the widget, usable as a link anchor (<c>#quiz-grenzen</c>).</summary>
    public string Anchor => AnchorOf(Id ?? "");

    /// <summary>How many questions count towards the score (those of a scored kind).</summary>
    public int Scored => Questions.Count(q => q.Kind.Scored);

    /// <summary>The anchor of the quiz with id <paramref name="id"/>.</summary>
    public static string AnchorOf(string id) => "quiz-" + id;

    /// <summary>
    /// The key the reader's progress of the question at 0-based <paramref name="index"/> is kept under: its
    /// <c>id</c>, so it survives a move, or else its position ("1", "2", ...), as the first format of progress had it.
    /// </summary>
    public string KeyOf(int index) => Questions[index].Id ?? (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The element id of the question at 0-based <paramref name="index"/> (its fieldset), usable as a link anchor.</summary>
    public string QuestionAnchorOf(int index) => Questions[index].Id is { } id ? $"{Id}-vraag-{id}" : $"{Id}-v{index + 1}";

    /// <summary>Every Markdown text of the quiz, for steps that treat text (link rewriting).</summary>
    public IEnumerable<QuizText> Texts()
    {
        if (Title is not null)
        {
            yield return Title;
        }

        foreach (var question in Questions)
        {
            IEnumerable<QuizText?> texts = [question.Text, .. question.Kind.Texts(question), question.Explanation];
            foreach (var text in texts.OfType<QuizText>())
            {
                yield return text;
            }
        }
    }
}

/// <summary>One option of a single or multiple question.</summary>
/// <param name="Text">The option (Markdown).</param>
/// <param name="Correct">Whether choosing it is right.</param>
/// <param name="Feedback">Shown for this option once answered, or null.</param>
public sealed record QuizOption(QuizText Text, bool Correct, QuizText? Feedback);

/// <summary>What a quiz block records about itself in the page's metadata (<c>QuizKeys.Quizzes</c>).</summary>
/// <param name="Id">The quiz id.</param>
/// <param name="Title">The quiz title as plain text, or "" when it has none.</param>
/// <param name="Line">1-based line of the block in the page file.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Version">The content hash of the quiz.</param>
/// <param name="Scored">How many questions are scored.</param>
/// <param name="Questions">Its questions, for the progress page's review list and portfolio.</param>
public sealed record QuizEntry(string Id, string Title, int Line, int Column, string Version, int Scored, ImmutableArray<QuestionEntry> Questions);

/// <summary>What the progress page needs of one question: how progress is kept for it and where it is.</summary>
/// <param name="Key">Its progress key (<see cref="Quiz.KeyOf"/>).</param>
/// <param name="Version">Its own version (<see cref="QuestionVersion"/>).</param>
/// <param name="Type">Its kind's name (<c>single</c>, <c>reflection</c>, <c>ordering</c>, ...).</param>
/// <param name="Anchor">Its element id on the page.</param>
/// <param name="Text">The question as plain text.</param>
public sealed record QuestionEntry(string Key, string Version, string Type, string Anchor, string Text);
