using System.Collections.Immutable;
using StatiqSite.Content;
using StatiqSite.Pipeline;
using StatiqSite.Search;

namespace StatiqSite.Modules;

/// <summary>
/// Adds the search index files (<c>search/index.json</c> and its shards, see <see cref="SearchIndexFiles"/>) made of
/// every page's <see cref="Keys.SearchEntries"/>, pages in destination order. Entries that hold no index term are
/// left out. Reads: <see cref="Keys.SearchEntries"/>.
/// </summary>
/// <param name="files">How the index is split into files.</param>
public sealed class BuildSearchIndex(SearchIndexFiles files) : Module
{
    /// <summary>The index with the default budgets.</summary>
    public BuildSearchIndex()
        : this(new SearchIndexFiles())
    {
    }

    /// <inheritdoc />
    protected override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var entries = inputs.OrderBy(d => d.Destination, StringComparer.Ordinal)
            .SelectMany(d => d.GetList(Keys.SearchEntries))
            .Where(e => EntryScores.Of(e).Count > 0)
            .ToList();
        return inputs.AddRange(files.Write(entries).Select(f => new Document { Destination = f.Path, Content = f.Json }));
    }
}
