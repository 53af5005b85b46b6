using System.Collections.Immutable;
using StatiqSite.Content;
using StatiqSite.Pipeline;

namespace StatiqSite.Search;

/// <summary>
/// Adds the search files to the page pipeline's documents: the index (<c>search/index.json</c> and its shards, see
/// <see cref="SearchIndexFiles"/>) made of every page's <see cref="SearchKeys.Entries"/> in destination order (read
/// from each page's syntax tree as it was rendered, see <see cref="CollectSearchEntries"/>), and the page
/// <c>zoeken/index.html</c> (see <see cref="SearchPageDocument"/>) as body HTML, for <see cref="ApplyLayout"/> to lay
/// out like any page. The added documents are hidden, so they are never taken for pages of the navigation. Also
/// reports a page or file at an address the search owns (<c>zoeken/</c>, <c>search/</c>), so <c>check</c> finds it too.
/// Reads: <see cref="SearchKeys.Entries"/>. Writes: <see cref="Keys.Hidden"/> on what it adds.
/// </summary>
/// <param name="files">How the index is split into files.</param>
public sealed class GenerateSearchFiles(SearchIndexFiles files) : Module
{
    /// <summary>The index with the default budgets.</summary>
    public GenerateSearchFiles()
        : this(new SearchIndexFiles())
    {
    }

    /// <inheritdoc />
    protected override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        ReportReservedAddresses(inputs.Concat(context.OutputsOf(PipelineNames.Files)), context);
        var entries = inputs.OrderBy(d => d.Destination, StringComparer.Ordinal)
            .SelectMany(d => d.GetList(SearchKeys.Entries))
            .ToList();
        var page = SearchPageDocument.Of(inputs);
        var index = files.WriteUtf8(entries, context.Settings.Incremental).Select(f => new Document { Destination = f.Path, Bytes = f.Utf8 }.With(Keys.Hidden, true));
        return [.. inputs, page, .. index];
    }

    private static void ReportReservedAddresses(IEnumerable<Document> documents, IExecutionContext context)
    {
        var taken = documents.Where(d =>
            d.Destination.Equals(SearchPageDocument.Destination, StringComparison.OrdinalIgnoreCase) ||
            d.Destination.StartsWith(SearchIndexFiles.Folder, StringComparison.OrdinalIgnoreCase));
        foreach (var document in taken)
        {
            context.Diagnostics.Error(document.DisplayPath, 1, 1,
                $"'{document.Destination}' is reserved for the site search ({SearchPageDocument.Destination} and {SearchIndexFiles.Folder}): rename this file or its folder");
        }
    }
}
