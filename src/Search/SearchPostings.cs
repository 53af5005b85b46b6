namespace StatiqSite.Search;

/// <summary>The inverted index: for each term, the entries holding it (by id, ascending) with the term's score there.</summary>
public static class SearchPostings
{
    /// <summary>The postings of <paramref name="entries"/>; an entry's id is its position in the list.</summary>
    public static SortedDictionary<string, List<(int Id, int Score)>> Of(IReadOnlyList<SearchEntry> entries)
    {
        var postings = new SortedDictionary<string, List<(int Id, int Score)>>(StringComparer.Ordinal);
        for (var id = 0; id < entries.Count; id++)
        {
            foreach (var (term, score) in EntryScores.Of(entries[id]))
            {
                if (!postings.TryGetValue(term, out var list))
                {
                    postings[term] = list = [];
                }

                list.Add((id, score));
            }
        }

        return postings;
    }
}
