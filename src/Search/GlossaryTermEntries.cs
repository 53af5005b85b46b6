using System.Collections.Immutable;
using StatiqSite.Glossary;

namespace StatiqSite.Search;

/// <summary>
/// What search finds on the glossary page, from the typed glossary (the page's HTML is never read back): each term
/// in the page's order, titled with the term, its definition and other forms as text; then the page itself and
/// its letter sections, as the page shows them.
/// </summary>
public static class GlossaryTermEntries
{
    /// <summary>The entries of the glossary page at <paramref name="destination"/>.</summary>
    public static ImmutableArray<SearchEntry> Of(GlossaryTerms glossary, string destination, string title)
    {
        var groups = glossary.Terms.OrderBy(t => t.Term, DutchSort.Instance).GroupBy(t => DutchSort.LetterOf(t.Term)).ToList();
        var terms = groups.SelectMany(g => g).Select(t => new SearchEntry(SearchEntryKind.Term, destination, t.Id, t.Term,
            CollectSearchEntries.TermHeading, t.Aliases.IsEmpty ? t.DefinitionText : $"{t.DefinitionText} Ook: {string.Join(", ", t.Aliases.Select(a => a.Text))}"));
        var letters = groups.Select(g => g.Key).Where(l => l == '#').Concat(GlossaryPageHtml.Alphabet);
        var page = new SearchEntry(SearchEntryKind.Page, destination, "", title, "", string.Join(' ', letters));
        var sections = groups.Select(g => new SearchEntry(SearchEntryKind.Section, destination, GlossaryPageHtml.LetterId(g.Key), title, g.Key.ToString(), ""));
        return [.. terms, page, .. sections];
    }
}
