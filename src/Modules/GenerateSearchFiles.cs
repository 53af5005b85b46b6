using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using StatiqSite.Content;
using StatiqSite.Pipeline;
using StatiqSite.Search;

namespace StatiqSite.Modules;

/// <summary>
/// Adds the search files to the page pipeline's documents: the index (<c>search/index.json</c> and its shards, see
/// <see cref="SearchIndexFiles"/>) made of every page's <see cref="Keys.SearchEntries"/> in destination order, and the
/// page <c>zoeken/index.html</c> (see <see cref="SearchPageDocument"/>) as body HTML, for <see cref="ApplyLayout"/>
/// to lay out like any page. Runs in post-process after <see cref="ExtractSearchEntries"/> and before the layout:
/// once indexed, the entries are taken off the pages, so a large site never holds every page's search text next to
/// its finished pages. The added documents are hidden, so they are never taken for pages of the navigation. Being
/// ordinary documents, they are written by <see cref="WriteFiles"/> and published by the preview like any other output.
/// Reads: <see cref="Keys.SearchEntries"/> (and removes it). Writes: <see cref="Keys.Hidden"/> on what it adds.
/// </summary>
/// <param name="files">How the index is split into files.</param>
public sealed class GenerateSearchFiles(SearchIndexFiles files) : Module
{
    /// <summary>The index with the default budgets.</summary>
    public GenerateSearchFiles()
        : this(new SearchIndexFiles())
    {
    }

    // In the preview, a page that did not change leaves this module as the same document object as last time, so
    // the layout's cache knows it without comparing it (see DocumentCache).
    private readonly ConditionalWeakTable<Document, Document> _stripped = new();

    /// <inheritdoc />
    protected override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var entries = inputs.OrderBy(d => d.Destination, StringComparer.Ordinal)
            .SelectMany(d => d.GetList(Keys.SearchEntries))
            .ToList();
        var page = SearchPageDocument.Of(inputs);
        var index = files.WriteUtf8(entries, context.Settings.Incremental).Select(f => new Document { Destination = f.Path, Bytes = f.Utf8 }.With(Keys.Hidden, true));
        var pages = inputs.Select(d => context.Settings.Incremental ? _stripped.GetValue(d, static d => d.Without(Keys.SearchEntries)) : d.Without(Keys.SearchEntries));
        return [.. pages, page, .. index];
    }
}
