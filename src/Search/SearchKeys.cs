using System.Collections.Immutable;
using StatiqSite.Pipeline;

namespace StatiqSite.Search;

/// <summary>The search feature's metadata keys. The comment says which module writes it.</summary>
public static class SearchKeys
{
    /// <summary>What search finds on the page: the page, its sections, quiz questions, glossary terms (CollectSearchEntries, RenderGlossaryPage).</summary>
    public static readonly Key<ImmutableArray<SearchEntry>> Entries = new("search_entries");
}
