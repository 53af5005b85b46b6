using StatiqSite.Content;
using StatiqSite.Pipeline;

namespace StatiqSite.Quizzes;

/// <summary>How modules and Markdown steps reach the quiz widget's text.</summary>
public static class QuizContext
{
    /// <summary>The quiz strings read once for the build (<see cref="ReadQuizStrings"/>), or null when the theme's file is broken (reported).</summary>
    public static QuizStrings? QuizStrings(this IExecutionContext context) =>
        context.OutputsOf(PipelineNames.Settings).SingleOrDefault()?.Get(QuizKeys.Strings);
}
