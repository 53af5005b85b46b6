using System.Collections.Immutable;
using StatiqSite.Content;
using StatiqSite.Pipeline;

namespace StatiqSite.Quizzes;

/// <summary>
/// Checks that every quiz id is used once in the whole site: progress is stored per id, so two quizzes with one
/// id would share a score. Each place of a duplicate is reported, naming the other places.
/// Reads: <see cref="QuizKeys.Quizzes"/>.
/// </summary>
public sealed class ValidateQuizIds : Module
{
    /// <inheritdoc />
    protected override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var places = inputs
            .Where(page => page.Source is not null)
            .SelectMany(page => page.GetList(QuizKeys.Quizzes).Select(quiz => (Page: page.Source!, Quiz: quiz)));
        foreach (var group in places.GroupBy(p => p.Quiz.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            foreach (var (page, quiz) in group)
            {
                var others = group.Where(o => o.Page != page || o.Quiz != quiz)
                    .Select(o => $"{context.Diagnostics.DisplayPath(o.Page)}:{o.Quiz.Line}:{o.Quiz.Column}")
                    .Order(StringComparer.Ordinal);
                context.Diagnostics.Error(page, quiz.Line, quiz.Column,
                    $"the quiz id '{quiz.Id}' is also used at {string.Join(", ", others)}: quiz ids must be unique in the site, give one of them another 'id'");
            }
        }

        return inputs;
    }
}
