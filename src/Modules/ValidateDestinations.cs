using System.Collections.Immutable;
using StatiqSite.Pipeline;

namespace StatiqSite.Modules;

/// <summary>
/// Reports two documents of any pipelines that would be written to the same output path (compared without
/// case, as on case-insensitive hosts and disks): <c>a.md</c> and <c>a/index.md</c>, or a page and a copied file.
/// </summary>
/// <param name="pipelines">The pipelines whose documents are written.</param>
public sealed class ValidateDestinations(params string[] pipelines) : Module
{
    /// <inheritdoc />
    protected override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var all = pipelines.Where(p => p != context.PipelineName).SelectMany(p => context.OutputsOf(p)).Concat(inputs);
        foreach (var group in all.GroupBy(d => d.Destination, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var named = group.Where(d => d.Source is not null).ToList();
            foreach (var document in named)
            {
                var others = string.Join(", ", group.Where(d => d != document).Select(d => d.Source ?? "a generated page"));
                context.Diagnostics.Error(document.Source!, 1, 1,
                    $"this file would be written to '{document.Destination}', as {others}: rename or remove one of them");
            }
        }

        return inputs;
    }
}
