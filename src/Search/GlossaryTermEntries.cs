using AngleSharp.Dom;

namespace StatiqSite.Search;

/// <summary>
/// The terms of a glossary page: each entry element with an id (by default the glossary page's
/// <c>&lt;article class="glossary-entry" id="..."&gt;</c>, or a <c>&lt;dt id="..."&gt;</c> of a definition list)
/// becomes a result titled with the term, its definition (and other forms) as text. The entry is removed from the body afterwards.
/// </summary>
/// <param name="entrySelector">Elements that are one term each.</param>
/// <param name="termSelector">Inside an entry, the term itself (else the entry's first heading, or a dt's text).</param>
/// <param name="definitionSelector">Inside an entry, its definition (else the dd elements after a dt).</param>
/// <param name="aliasesSelector">Inside an entry, its other forms ("Ook: assertief"), indexed after the definition.</param>
public sealed class GlossaryTermEntries(
    string entrySelector = GlossaryTermEntries.DefaultEntrySelector,
    string termSelector = "dfn, h2, h3, h4",
    string definitionSelector = ".glossary-definition",
    string aliasesSelector = ".glossary-aliases") : ISearchExtractor
{
    /// <summary>The glossary page's entries, and terms of definition lists written in pages.</summary>
    public const string DefaultEntrySelector = "article.glossary-entry[id], dl > dt[id]";

    /// <summary>The heading line of a term result.</summary>
    public const string Heading = "Begrip";

    /// <inheritdoc />
    public IEnumerable<SearchEntry> Extract(SearchPage page, IElement body)
    {
        var entries = new List<SearchEntry>();
        foreach (var entry in body.QuerySelectorAll(entrySelector).ToList())
        {
            var (term, definition, remove) = entry.LocalName == "dt" ? FromDefinitionList(entry) : FromArticle(entry);
            if (term.Length > 0)
            {
                entries.Add(new SearchEntry(SearchEntryKind.Term, page.Destination, entry.Id!, term, Heading, definition));
            }

            foreach (var element in remove)
            {
                element.Remove();
            }
        }

        return entries;
    }

    private (string Term, string Definition, IEnumerable<IElement> Remove) FromArticle(IElement entry)
    {
        var term = entry.QuerySelector(termSelector) is { } t ? HtmlText.Of(t) : "";
        var definition = entry.QuerySelector(definitionSelector) is { } d ? HtmlText.Of(d) : "";
        if (entry.QuerySelector(aliasesSelector) is { } aliases)
        {
            definition = (definition + " " + HtmlText.Of(aliases)).Trim();
        }

        return (term, definition, [entry]);
    }

    private static (string Term, string Definition, IEnumerable<IElement> Remove) FromDefinitionList(IElement dt)
    {
        var definitions = new List<IElement>();
        for (var next = dt.NextElementSibling; next is { LocalName: "dd" }; next = next.NextElementSibling)
        {
            definitions.Add(next);
        }

        return (HtmlText.Of(dt), string.Join(' ', definitions.Select(HtmlText.Of)), [dt, .. definitions]);
    }
}
