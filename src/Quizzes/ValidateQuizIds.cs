using System.Collections.Immutable;
using StatiqSite.Content;
using StatiqSite.Pipeline;
using StatiqSite.Scenarios;

namespace StatiqSite.Quizzes;

/// <summary>
/// Checks that every quiz and scenario id is used once in the whole site: progress is stored per id (and a
/// scenario's place beside it), so two widgets with one id would share it. Each place of a duplicate is reported,
/// naming the other places.
/// Reads: <see cref="QuizKeys.Quizzes"/>, <see cref="ScenarioKeys.Scenarios"/>.
/// </summary>
public sealed class ValidateQuizIds : Module
{
    /// <inheritdoc />
    protected override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var places = inputs
            .Where(page => page.Source is not null)
            .SelectMany(page => page.GetList(QuizKeys.Quizzes).Select(q => new Place(page.Source!, "quiz", q.Id, q.Line, q.Column))
                .Concat(page.GetList(ScenarioKeys.Scenarios).Select(s => new Place(page.Source!, "scenario", s.Id, s.Line, s.Column))));
        foreach (var group in places.GroupBy(p => p.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var kinds = group.Select(p => p.Kind).Distinct().Count() > 1 ? "quiz and scenario" : group.First().Kind;
            foreach (var place in group)
            {
                var others = group.Where(o => o != place)
                    .Select(o => $"{context.Diagnostics.DisplayPath(o.Page)}:{o.Line}:{o.Column}")
                    .Order(StringComparer.Ordinal);
                context.Diagnostics.Error(place.Page, place.Line, place.Column,
                    $"the {place.Kind} id '{place.Id}' is also used at {string.Join(", ", others)}: {kinds} ids must be unique in the site, give one of them another 'id'");
            }
        }

        return inputs;
    }

    private sealed record Place(string Page, string Kind, string Id, int Line, int Column);
}
