using StatiqSite.Pipeline;
using StatiqSite.Theme;

namespace StatiqSite.Quizzes;

/// <summary>How modules and Markdown steps reach the quiz widget's text.</summary>
public static class QuizContext
{
    /// <summary>The quiz strings read once for the build (<see cref="ReadThemeStrings"/>), or null when the theme's file is broken (reported).</summary>
    public static QuizStrings? QuizStrings(this IExecutionContext context) =>
        context.Strings(Quizzes.QuizStrings.Widget) is { } strings ? new QuizStrings(strings) : null;
}
