using System.Collections.Immutable;
using StatiqSite.Content;
using StatiqSite.Pipeline;
using StatiqSite.Search;

namespace StatiqSite.Glossary;

/// <summary>
/// Writes the body of the glossary page (see <see cref="GlossaryPageHtml"/>) now that every page's term links are
/// known, for "Komt voor op", and warns about each term no page uses, at its line in <c>_glossary.yml</c>.
/// Reads: <see cref="GlossaryKeys.TermsUsed"/> (written by <see cref="LinkGlossaryTerms"/> as pages are rendered),
/// <see cref="Keys.Title"/>. Writes: the page's content and <see cref="SearchKeys.Entries"/> (see <see cref="GlossaryTermEntries"/>).
/// </summary>
public sealed class RenderGlossaryPage : Module
{
    /// <inheritdoc />
    protected override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var index = inputs.IndexOf(inputs.FirstOrDefault(d => d.Destination == GenerateGlossaryPage.Destination && d.Source == GlossaryYaml.FileName)!);
        if (index < 0)
        {
            return inputs;
        }

        var glossary = context.Glossary();
        var page = inputs[index];
        var uses = new Dictionary<string, List<TermUse>>(StringComparer.Ordinal);
        foreach (var other in inputs.Order(NavigationOrderByTitle.Instance))
        {
            foreach (var id in other.GetList(GlossaryKeys.TermsUsed))
            {
                uses.TryAdd(id, []);
                uses[id].Add(new TermUse(other.Get(Keys.Title) ?? other.Destination, PageUrls.Relative(page.Destination, other.Destination)));
            }
        }

        foreach (var term in glossary.Terms.Where(t => !uses.ContainsKey(t.Id)))
        {
            context.Diagnostics.Warning(GlossaryYaml.FileName, term.Place.Line, term.Place.Column,
                $"no page uses the term '{term.Term}': use it in a page, add the form pages use as an alias, or remove it");
        }

        var site = context.Site();
        var url = site.BaseUrl.Length > 0 ? PageUrls.Absolute(site.BaseUrl, context.Settings.BasePath, page.Destination) : "";
        var jsonLd = GlossaryJsonLd.Of(glossary.Terms.OrderBy(t => t.Term, DutchSort.Instance), page.Get(Keys.Title) ?? "", url);
        var entries = GlossaryTermEntries.Of(glossary, page.Destination, page.Get(Keys.Title) ?? "");
        return inputs.SetItem(index, (page with { Content = GlossaryPageHtml.Render(glossary, uses, jsonLd) }).With(SearchKeys.Entries, entries));
    }

    /// <summary>Pages in "Komt voor op" by title, the Dutch way, then by path.</summary>
    private sealed class NavigationOrderByTitle : IComparer<Document>
    {
        public static readonly NavigationOrderByTitle Instance = new();

        public int Compare(Document? x, Document? y)
        {
            var byTitle = DutchSort.Instance.Compare(x?.Get(Keys.Title) ?? "", y?.Get(Keys.Title) ?? "");
            return byTitle != 0 ? byTitle : string.CompareOrdinal(x?.Destination, y?.Destination);
        }
    }
}
