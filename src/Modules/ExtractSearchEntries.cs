using System.Collections.Immutable;
using StatiqSite.Build;
using StatiqSite.Content;
using StatiqSite.Pipeline;
using StatiqSite.Search;

namespace StatiqSite.Modules;

/// <summary>
/// Finds what search should find in each page's body HTML, with the given extractors in order (see
/// <see cref="ISearchExtractor"/>). Runs in post-process before the layout, once every module that writes body
/// HTML is done (the glossary page's body, for one). Hidden and non-HTML documents are skipped. Also reports a page
/// or file at an address the search owns (<c>zoeken/</c>, <c>search/</c>), so <c>check</c> finds it too.
/// Reads: <see cref="Keys.Title"/>, <see cref="Keys.Hidden"/>. Writes: <see cref="Keys.SearchEntries"/>.
/// </summary>
/// <param name="extractors">What to look for, in order; <see cref="SectionEntries"/> last.</param>
public sealed class ExtractSearchEntries(params ISearchExtractor[] extractors) : Module
{
    // In the preview, a page whose content and metadata did not change keeps its entries.
    private readonly DocumentCache _cache = new();

    /// <inheritdoc />
    protected override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        ReportReservedAddresses(inputs.Concat(context.OutputsOf(PipelineNames.Files)), context);
        var results = new Document[inputs.Length];
        Parallel.For(0, inputs.Length, i =>
        {
            var page = inputs[i];
            results[i] = page.Get(Keys.Hidden) || !page.Destination.EndsWith(".html", StringComparison.Ordinal)
                ? page
                : _cache.GetOrAdd(page, context, (document, _) => [Extract(document)])[0];
        });
        return [.. results];
    }

    private Document Extract(Document page) =>
        page.With(Keys.SearchEntries, EntriesOf(new SearchPage(page.Destination, page.Get(Keys.Title) ?? ""), page.Content));

    /// <summary>The entries of one page's body HTML.</summary>
    public ImmutableArray<SearchEntry> EntriesOf(SearchPage page, string html)
    {
        var body = PageBody.Parse(html);
        foreach (var ignored in body.QuerySelectorAll(HtmlText.IgnoredSelector).ToList())
        {
            ignored.Remove();
        }

        return [.. extractors.SelectMany(e => e.Extract(page, body).ToList())];
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
