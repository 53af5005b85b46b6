using Markdig.Syntax;
using StatiqSite.Theme;

namespace StatiqSite.Quizzes;

/// <summary>
/// The syntax node of a valid quiz: replaces its fenced code block in the page's tree, so the
/// <see cref="HtmlQuizRenderer"/> writes the widget where the block was.
/// </summary>
public sealed class QuizBlock : Block
{
    /// <summary>Creates the node for a quiz whose id has been assigned.</summary>
    public QuizBlock(Quiz quiz, QuizStrings strings, ThemeTemplates theme) : base(null)
    {
        Quiz = quiz;
        Strings = strings;
        Theme = theme;
    }

    /// <summary>The quiz.</summary>
    public Quiz Quiz { get; }

    /// <summary>The widget's UI text.</summary>
    public QuizStrings Strings { get; }

    /// <summary>The theme whose partials (<c>quiz/*.liquid</c>) write the widget.</summary>
    public ThemeTemplates Theme { get; }
}
