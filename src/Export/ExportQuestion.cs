using System.Collections.Immutable;

namespace StatiqSite.Export;

/// <summary>
/// A question as the export formats need it: its name, its texts already rendered to HTML (links absolute), and
/// the place it was written, for warnings. One record per shape of question that a format can hold; the mapping
/// from the quiz's kinds to these shapes is <see cref="ExportQuestions"/>, and each writer says which shapes it takes.
/// </summary>
/// <param name="Name">The question's name in the platform: <c>&lt;quiz-id&gt;-&lt;question key&gt;</c>.</param>
/// <param name="Kind">The question's kind as written (<c>single</c>, <c>ordering</c>, ...), for warnings.</param>
/// <param name="Html">The question text as HTML (block content).</param>
/// <param name="Explanation">The explanation as HTML, or null.</param>
/// <param name="Line">1-based line of the question in the page file.</param>
/// <param name="Column">1-based column there.</param>
public abstract record ExportQuestion(string Name, string Kind, string Html, string? Explanation, int Line, int Column);

/// <summary>One option of a choice question.</summary>
/// <param name="Html">The option (inline HTML).</param>
/// <param name="Correct">Whether it is right.</param>
/// <param name="Feedback">Its feedback as HTML, or null.</param>
public sealed record ExportOption(string Html, bool Correct, string? Feedback);

/// <summary>
/// Single or multiple choice: radio buttons when <paramref name="Multiple"/> is false, else checkboxes; the platform
/// shuffles the options when <paramref name="Shuffle"/> is set, as the site does.
/// </summary>
public sealed record ExportChoice(string Name, string Kind, string Html, string? Explanation, int Line, int Column, bool Multiple, ImmutableArray<ExportOption> Options, bool Shuffle = false)
    : ExportQuestion(Name, Kind, Html, Explanation, Line, Column);

/// <summary>A statement that is true or not.</summary>
public sealed record ExportTrueFalse(string Name, string Kind, string Html, string? Explanation, int Line, int Column, bool Answer)
    : ExportQuestion(Name, Kind, Html, Explanation, Line, Column);

/// <summary>An open question graded by a person; the model answer is for the grader.</summary>
public sealed record ExportEssay(string Name, string Kind, string Html, string? Explanation, int Line, int Column, string ModelAnswer)
    : ExportQuestion(Name, Kind, Html, Explanation, Line, Column);

/// <summary>
/// A text with gaps: <paramref name="Parts"/> are the HTML around the gaps (one more than there are gaps; a part alone
/// need not be well-formed, the parts joined with anything inline in between are), <paramref name="Gaps"/> the accepted
/// answers of each gap as plain text.
/// </summary>
public sealed record ExportGaps(string Name, string Kind, string Html, string? Explanation, int Line, int Column, ImmutableArray<string> Parts, ImmutableArray<ImmutableArray<string>> Gaps)
    : ExportQuestion(Name, Kind, Html, Explanation, Line, Column);

/// <summary>One pair of a matching question: the left side as inline HTML, the right side as plain text (platforms offer it in a list).</summary>
public sealed record ExportPair(string Left, string Right);

/// <summary>Pairs to match, the right-hand sides offered to choose from.</summary>
public sealed record ExportMatching(string Name, string Kind, string Html, string? Explanation, int Line, int Column, ImmutableArray<ExportPair> Pairs)
    : ExportQuestion(Name, Kind, Html, Explanation, Line, Column);

/// <summary>Items to put in order; <paramref name="Items"/> (inline HTML) are in the right order.</summary>
public sealed record ExportOrdering(string Name, string Kind, string Html, string? Explanation, int Line, int Column, ImmutableArray<string> Items)
    : ExportQuestion(Name, Kind, Html, Explanation, Line, Column);

/// <summary>A quiz ready to export.</summary>
/// <param name="Id">The quiz id: the file names and the prefix of every question name.</param>
/// <param name="Title">The quiz title as plain text, or "" when it has none.</param>
/// <param name="Source">The page file it was written in, for warnings.</param>
/// <param name="Questions">The questions in order, those of kinds no format holds already left out.</param>
public sealed record ExportQuiz(string Id, string Title, string Source, ImmutableArray<ExportQuestion> Questions);

/// <summary>What a writer made of a quiz: the file, and the questions its format has no kind for.</summary>
/// <param name="Bytes">The file as written.</param>
/// <param name="LeftOut">The questions left out of it.</param>
public sealed record ExportFile(byte[] Bytes, ImmutableArray<ExportQuestion> LeftOut);
