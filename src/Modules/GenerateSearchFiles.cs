using System.Collections.Immutable;
using StatiqSite.Content;
using StatiqSite.Pipeline;
using StatiqSite.Search;

namespace StatiqSite.Modules;

/// <summary>
/// Adds the search files to the page pipeline's documents: the index (<c>search/index.json</c> and its shards, see
/// <see cref="SearchIndexFiles"/>) made of every page's <see cref="Keys.SearchEntries"/> in destination order, and the
/// page <c>zoeken/index.html</c> (see <see cref="SearchPageDocument"/>), laid out like any page. Runs last in
/// post-process, when every page is final (the glossary page included); the added documents are hidden, so they
/// are never taken for pages of the navigation. Being ordinary documents, they are written by <see cref="WriteFiles"/>
/// and published by the preview like any other output.
/// Reads: <see cref="Keys.SearchEntries"/>. Writes: <see cref="Keys.Hidden"/> on what it adds.
/// </summary>
/// <param name="files">How the index is split into files.</param>
public sealed class GenerateSearchFiles(SearchIndexFiles files) : IModule
{
    /// <summary>The index with the default budgets.</summary>
    public GenerateSearchFiles()
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
        var index = files.WriteUtf8(entries, context.Settings.Incremental).Select(f => new Document { Destination = f.Path, Bytes = f.Utf8 }.With(Keys.Hidden, true));
        return [.. inputs, .. page, .. index];
    }
}
