using System.Runtime.InteropServices;

namespace StatiqSite.Search;

/// <summary>
/// How much a term weighs in an entry: where it occurs (a term or page title counts most, then the heading,
/// then each occurrence in the text), capped at <see cref="Maximum"/> so scores stay two digits in the index.
/// </summary>
public static class EntryScores
{
    /// <summary>The highest score a term gets in one entry.</summary>
    public const int Maximum = 99;

    /// <summary>Each index term of <paramref name="entry"/> with its score, in no particular order.</summary>
    public static IReadOnlyDictionary<string, int> Of(SearchEntry entry)
    {
        var (title, heading) = entry.Kind switch
        {
            SearchEntryKind.Page => (10, 0),
            SearchEntryKind.Term => (10, 0),
            SearchEntryKind.Section => (2, 6),
            _ => (2, 2),
        };
        var scores = new Dictionary<string, int>(StringComparer.Ordinal);
        Add(scores, entry.Title, title);
        Add(scores, entry.Heading, heading);
        Add(scores, entry.Text, 1);
        return scores;
    }

    private static void Add(Dictionary<string, int> scores, string text, int weight)
    {
        if (weight == 0)
        {
            return;
        }

        foreach (var term in SearchText.TermsOf(text))
        {
            ref var score = ref CollectionsMarshal.GetValueRefOrAddDefault(scores, term, out _);
            score = Math.Min(Maximum, score + weight);
        }
    }
}
