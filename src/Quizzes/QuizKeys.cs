using System.Collections.Immutable;
using StatiqSite.Pipeline;

namespace StatiqSite.Quizzes;

/// <summary>The quiz feature's metadata keys. The comment says which module writes it.</summary>
public static class QuizKeys
{
    /// <summary>The quizzes of the page, with their ids and places, for the site-wide checks and the progress page (ReadQuizBlocks).</summary>
    public static readonly Key<ImmutableArray<QuizEntry>> Quizzes = new("quizzes");

    /// <summary>The page's valid quizzes as read, their links rewritten, for the export to learning platforms (ReadQuizBlocks).</summary>
    public static readonly Key<ImmutableArray<Quiz>> Read = new("quizzes_read");
}
