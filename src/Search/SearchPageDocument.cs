using System.Text;
using StatiqSite.Content;
using StatiqSite.Pipeline;
using StatiqSite.Theme;

namespace StatiqSite.Search;

/// <summary>
/// The page <c>zoeken/index.html</c>, where the search form goes without JavaScript (or from disk, where the browser
/// cannot fetch the index): every page in navigation order, then every glossary term with its definition.
/// Its body HTML, to be laid out like any page; hidden from navigation and sitemap.
/// </summary>
public static class SearchPageDocument
{
    /// <summary>Where the page is written; the search form's action.</summary>
    public const string Destination = "zoeken/index.html";

    /// <summary>The page listing <paramref name="pages"/> and the glossary terms among their entries.</summary>
    public static Document Of(IReadOnlyList<Document> pages)
    {
        var headings = new List<Heading> { new(2, "Alle pagina's", "alle-paginas") };
        var html = new StringBuilder();
        html.Append("<p>Typ in het zoekveld bovenaan om direct te zoeken. Werkt dat niet (zonder JavaScript, of als je de site ")
            .Append("vanaf je eigen computer opent), dan vind je hier alle pagina's en begrippen.</p>\n")
            .Append("<h2 id=\"alle-paginas\">Alle pagina's</h2>\n");
        AppendTree(html, new NavigationTree(pages).Roots);
        var terms = pages.SelectMany(d => d.GetList(SearchKeys.Entries)).Where(e => e.Kind == SearchEntryKind.Term)
            .OrderBy(e => Slug.FoldDiacritics(e.Title).ToLowerInvariant(), StringComparer.Ordinal).ThenBy(e => e.Anchor, StringComparer.Ordinal).ToList();
        if (terms.Count > 0)
        {
            headings.Add(new Heading(2, "Begrippen", "alle-begrippen"));
            html.Append("<h2 id=\"alle-begrippen\">Begrippen</h2>\n<dl class=\"search-terms\">\n");
            foreach (var term in terms)
            {
                html.Append("<dt><a href=\"").Append(Encode(Link(term.Destination) + "#" + term.Anchor)).Append("\">")
                    .Append(Encode(term.Title)).Append("</a></dt>\n<dd>").Append(Encode(term.Text)).Append("</dd>\n");
            }

            html.Append("</dl>\n");
        }

        return new Document { Destination = Destination, Content = html.ToString() }
            .With(Keys.Title, "Zoeken")
            .With(Keys.Description, "Alle pagina's en begrippen van deze site.")
            .With(Keys.Generated, true)
            .With(Keys.Headings, [.. headings])
            .With(Keys.Hidden, true);
    }

    private static void AppendTree(StringBuilder html, IEnumerable<NavigationTree.Node> nodes)
    {
        html.Append("<ul>\n");
        foreach (var node in nodes)
        {
            html.Append("<li><a href=\"").Append(Encode(Link(node.Page.Destination))).Append("\">").Append(Encode(node.Label)).Append("</a>");
            if (node.Children.Count > 0)
            {
                AppendTree(html, node.Children);
            }

            html.Append("</li>\n");
        }

        html.Append("</ul>\n");
    }

    private static string Link(string destination) => PageUrls.Relative(Destination, destination);

    private static string Encode(string text) => ThemeTemplates.Encoder.Encode(text);
}
