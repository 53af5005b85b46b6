using Markdig.Syntax;

namespace StatiqSite.Quizzes;

/// <summary>
/// A Markdown text of a quiz (question, option, feedback, ...), parsed once with <see cref="QuizMarkdown"/> so
/// steps can rewrite its links before the renderer writes it.
/// </summary>
public sealed class QuizText
{
    /// <summary>A text written at a 1-based line and column of the page file, parsed with <see cref="QuizMarkdown"/>.</summary>
    public QuizText(string markdown, int line, int column, MarkdownDocument syntax)
    {
        Markdown = markdown;
        Line = line;
        Column = column;
        Syntax = syntax;
    }

    /// <summary>The text as written.</summary>
    public string Markdown { get; }

    /// <summary>1-based line of the value in the page file.</summary>
    public int Line { get; }

    /// <summary>1-based column of the value.</summary>
    public int Column { get; }

    /// <summary>The parsed text; steps may change it (links) before rendering.</summary>
    public MarkdownDocument Syntax { get; }
}
