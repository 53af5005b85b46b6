using System.Collections.Immutable;
using StatiqSite.Content;
using StatiqSite.Pipeline;

namespace StatiqSite.Quizzes;

/// <summary>
/// Reads the theme's quiz strings (<c>theme/strings/quiz.&lt;language&gt;.json</c>, the site's language or Dutch) once
/// per build, in the Settings pipeline after <c>ReadSiteSettings</c>, and puts them on the settings document; a
/// missing or broken file is one theme error. Reads: <see cref="Keys.Site"/>. Writes: <see cref="QuizKeys.Strings"/>.
/// </summary>
public sealed class ReadQuizStrings : Module
{
    /// <inheritdoc />
    protected override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var language = inputs.SingleOrDefault()?.Get(Keys.Site)?.Language;
        var (strings, error) = QuizStrings.Load(context.Settings.ThemeDirectory, language);
        if (error is not null)
        {
            context.Diagnostics.Error(Path.Combine(context.Settings.ThemeDirectory, "strings"), 1, 1, $"theme error: {error}");
        }

        return [.. inputs.Select(settings => settings.With(QuizKeys.Strings, strings))];
    }
}
