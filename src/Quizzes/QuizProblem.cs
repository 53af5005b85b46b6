namespace StatiqSite.Quizzes;

/// <summary>A mistake in a quiz block, at a position in the page file (1-based line and column).</summary>
public sealed record QuizProblem(int Line, int Column, string Message);
