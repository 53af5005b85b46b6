using Markdig.Syntax;

namespace StatiqSite.Quizzes;

/// <summary>
/// The syntax node of a valid quiz: replaces its fenced code block in the page's tree, so the
/// <see cref="HtmlQuizRenderer"/> writes the widget where the block was.
/// </summary>
public sealed class QuizBlock : Block
{
    /// <summary>Creates the node for a quiz whose id has been assigned.</summary>
    public QuizBlock(Quiz quiz, QuizStrings strings) : base(null)
    {
        Quiz = quiz;
        Strings = strings;
    }

    /// <summary>The quiz.</summary>
    public Quiz Quiz { get; }

    /// <summary>The widget's UI text.</summary>
    public QuizStrings Strings { get; }
}
