using AngleSharp.Dom;

namespace StatiqSite.Search;

/// <summary>
/// Finds one kind of search entry in a page's body HTML. Extractors run in the order registered in
/// <c>SitePipelines</c>; each removes what it indexed from the body, so the page's sections do not index the
/// same text again (a quiz's options, a glossary entry's "Komt voor op").
/// </summary>
public interface ISearchExtractor
{
    /// <summary>The entries found in <paramref name="body"/>, in document order; may remove elements from it.</summary>
    /// <param name="page">The page: destination and title.</param>
    /// <param name="body">The page's body, parsed; elements it indexed are removed.</param>
    IEnumerable<SearchEntry> Extract(SearchPage page, IElement body);
}

/// <summary>The page an extractor works on.</summary>
/// <param name="Destination">Output path, e.g. "basis/regels/index.html".</param>
/// <param name="Title">Page title.</param>
public sealed record SearchPage(string Destination, string Title);
