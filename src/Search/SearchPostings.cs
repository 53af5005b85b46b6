using System.Runtime.InteropServices;

namespace StatiqSite.Search;

/// <summary>The inverted index: for each term, the entries holding it (by id, ascending) with the term's score there.</summary>
public static class SearchPostings
{
    /// <summary>
    /// The postings of <paramref name="entries"/>; an entry's id is its position in the list. A term found in more
    /// than <paramref name="limit"/> entries keeps only its <paramref name="limit"/> best (highest score, then lowest
    /// id): such a term is almost a stop word, and its full list would make one shard as large as all the others.
    /// </summary>
    public static SortedDictionary<string, List<(int Id, int Score)>> Of(IReadOnlyList<SearchEntry> entries, int limit = int.MaxValue) =>
        Of([.. entries.Select(EntryScores.Of)], limit);

    /// <summary>The postings of entries given by their term scores (see <see cref="EntryScores.Of"/>), ids by position.</summary>
    public static SortedDictionary<string, List<(int Id, int Score)>> Of(IReadOnlyList<IReadOnlyDictionary<string, int>> scores, int limit = int.MaxValue)
    {
        var gatherer = new Gatherer();
        foreach (var entry in scores)
        {
            gatherer.Add(entry);
        }

        return gatherer.Postings(limit);
    }

    /// <summary>
    /// Gathers postings entry by entry, so a caller can score entries a batch at a time and let each batch's score
    /// tables go (a large site's tables, all at once, weighed more than the index made of them).
    /// </summary>
    public sealed class Gatherer
    {
        // Gathered in a hash table and sorted once, not a sorted insert per posting.
        private readonly Dictionary<string, List<(int Id, int Score)>> _gathered = new(StringComparer.Ordinal);

        /// <summary>How many entries were added: the id of the next one.</summary>
        public int Count { get; private set; }

        /// <summary>Adds the next entry's term scores; its id is the number of entries added before it.</summary>
        public void Add(IReadOnlyDictionary<string, int> scores)
        {
            var id = Count++;
            foreach (var (term, score) in scores)
            {
                ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(_gathered, term, out _);
                (list ??= []).Add((id, score));
            }
        }

        /// <summary>The postings by term, each term's list cut to its <paramref name="limit"/> best.</summary>
        public SortedDictionary<string, List<(int Id, int Score)>> Postings(int limit)
        {
            var postings = new SortedDictionary<string, List<(int Id, int Score)>>(_gathered, StringComparer.Ordinal);
            foreach (var (term, list) in postings.Where(p => p.Value.Count > limit).ToList())
            {
                postings[term] = Best(list, limit);
            }

            return postings;
        }
    }

    /// <summary>
    /// The <paramref name="limit"/> best of <paramref name="list"/> (in id order), by highest score, then lowest id.
    /// Scores are small (see <see cref="EntryScores.Maximum"/>), so this counts them instead of sorting the list;
    /// any other score takes the sort.
    /// </summary>
    private static List<(int Id, int Score)> Best(List<(int Id, int Score)> list, int limit)
    {
        if (list.Exists(p => p.Score is < 0 or > EntryScores.Maximum))
        {
            return [.. list.OrderByDescending(p => p.Score).ThenBy(p => p.Id).Take(limit).OrderBy(p => p.Id)];
        }

        var counts = new int[EntryScores.Maximum + 1];
        foreach (var (_, score) in list)
        {
            counts[score]++;
        }

        // The lowest score that is kept, and how many postings with exactly that score fit (the first by id).
        var threshold = counts.Length - 1;
        var above = 0;
        while (above + counts[threshold] < limit)
        {
            above += counts[threshold--];
        }

        var atThreshold = limit - above;
        var best = new List<(int Id, int Score)>(limit);
        foreach (var posting in list)
        {
            if (posting.Score > threshold || (posting.Score == threshold && atThreshold-- > 0))
            {
                best.Add(posting);
            }
        }

        return best;
    }
}
