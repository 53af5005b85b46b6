using System.Collections.Immutable;
using StatiqSite.Content;
using StatiqSite.Pipeline;
using StatiqSite.Search;

namespace StatiqSite.Modules;

/// <summary>
/// Writes the search: the index (<c>search/index.json</c> and its shards, see <see cref="SearchIndexFiles"/>) made of
/// every page's <see cref="Keys.SearchEntries"/> in destination order, and the page <c>zoeken/index.html</c> (see
/// <see cref="SearchPageDocument"/>) laid out like any page. Runs in the output phase of the page pipeline, after
/// <see cref="WriteFiles"/>: only there are the pages final (glossary page included), and files added there are not
/// taken for pages by the modules and tests that list a pipeline's documents. Returns its input unchanged.
/// Reads: <see cref="Keys.SearchEntries"/>.
/// </summary>
/// <param name="files">How the index is split into files.</param>
public sealed class WriteSearchFiles(SearchIndexFiles files) : IModule
{
    /// <summary>The index with the default budgets.</summary>
    public WriteSearchFiles()
        : this(new SearchIndexFiles())
    {
    }

    /// <inheritdoc />
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var entries = inputs.OrderBy(d => d.Destination, StringComparer.Ordinal)
            .SelectMany(d => d.GetList(Keys.SearchEntries))
            .ToList();
        var page = await new ApplyLayout().ExecuteAsync([SearchPageDocument.Of(inputs)], context);
        var index = files.Write(entries).Select(f => new Document { Destination = f.Path, Content = f.Json });
        await new WriteFiles().ExecuteAsync([.. page, .. index], context);
        return inputs;
    }
}
