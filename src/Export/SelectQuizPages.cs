using System.Collections.Immutable;
using StatiqSite.Content;
using StatiqSite.Pipeline;
using StatiqSite.Quizzes;

namespace StatiqSite.Export;

/// <summary>
/// Takes the pages that hold quizzes from the Content pipeline, in reading order (the navigation's, then by
/// destination), for the export. A quiz whose id is used twice is reported by <c>ValidateQuizIds</c>; it is taken
/// off the page here, so its files are not made and no second message follows. Runs first in the Export pipeline's
/// process phase, which depends on Content. Reads: <see cref="QuizKeys.Read"/>. Writes: <see cref="QuizKeys.Read"/>
/// (the quizzes to export).
/// </summary>
public sealed class SelectQuizPages : Module
{
    /// <inheritdoc />
    protected override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var pages = context.OutputsOf(PipelineNames.Content);
        var navigation = new NavigationTree(pages);
        var withQuizzes = pages.Where(p => p.Source is not null && !p.GetList(QuizKeys.Read).IsEmpty)
            .OrderBy(p => navigation.Find(p.Destination)?.Index ?? int.MaxValue)
            .ThenBy(p => p.Destination, StringComparer.Ordinal)
            .ToList();
        var unique = withQuizzes.SelectMany(p => p.GetList(QuizKeys.Read)).GroupBy(q => q.Id!, StringComparer.Ordinal)
            .Where(g => g.Count() == 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return [.. withQuizzes.Select(p => p.With(QuizKeys.Read, [.. p.GetList(QuizKeys.Read).Where(q => unique.Contains(q.Id!))]))];
    }
}
