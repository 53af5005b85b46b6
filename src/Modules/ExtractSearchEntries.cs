using System.Collections.Immutable;
using AngleSharp.Html.Parser;
using StatiqSite.Content;
using StatiqSite.Pipeline;
using StatiqSite.Search;

namespace StatiqSite.Modules;

/// <summary>
/// Finds what search should find in each page's body HTML, with the given extractors in order (see
/// <see cref="ISearchExtractor"/>). Runs in post-process before the layout, once every module that writes body
/// HTML is done (the glossary page's body, for one). Pages that are not HTML or are hidden are skipped.
/// Reads: <see cref="Keys.Title"/>, <see cref="Keys.Hidden"/>. Writes: <see cref="Keys.SearchEntries"/>.
/// </summary>
/// <param name="extractors">What to look for, in order; <see cref="SectionEntries"/> last.</param>
public sealed class ExtractSearchEntries(params ISearchExtractor[] extractors) : DocumentModule
{
    private static readonly HtmlParser Parser = new();

    /// <inheritdoc />
    protected override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        if (input.Get(Keys.Hidden) || !input.Destination.EndsWith(".html", StringComparison.Ordinal))
        {
            yield return input;
            yield break;
        }

        yield return input.With(Keys.SearchEntries, EntriesOf(new SearchPage(input.Destination, input.Get(Keys.Title) ?? ""), input.Content));
    }

    /// <summary>The entries of one page's body HTML.</summary>
    public ImmutableArray<SearchEntry> EntriesOf(SearchPage page, string html)
    {
        var body = Parser.ParseDocument("").Body!;
        body.InnerHtml = html;
        foreach (var ignored in body.QuerySelectorAll(HtmlText.IgnoredSelector).ToList())
        {
            ignored.Remove();
        }

        return [.. extractors.SelectMany(e => e.Extract(page, body).ToList())];
    }
}
