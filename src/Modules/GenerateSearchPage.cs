using System.Collections.Immutable;
using System.Text;
using StatiqSite.Content;
using StatiqSite.Pipeline;
using StatiqSite.Search;
using StatiqSite.Theme;

namespace StatiqSite.Modules;

/// <summary>
/// Adds <c>zoeken/index.html</c>, where the search form goes without JavaScript (or from disk, where the browser
/// cannot fetch the index): every page in navigation order, then every glossary term with its definition.
/// The address is reserved: a page or file written there is an error. Runs after
/// <see cref="ExtractSearchEntries"/> and before <see cref="ApplyLayout"/>.
/// Reads: <see cref="Keys.SearchEntries"/>. Writes: <see cref="Keys.Title"/>, <see cref="Keys.Description"/>,
/// <see cref="Keys.Hidden"/>, <see cref="Keys.Generated"/>.
/// </summary>
public sealed class GenerateSearchPage : Module
{
    /// <summary>Where the page is written; the search form's action.</summary>
    public const string Destination = "zoeken/index.html";

    /// <inheritdoc />
    protected override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var taken = inputs.Concat(context.OutputsOf(Build.PipelineNames.Files))
            .Where(d => d.Destination.Equals(Destination, StringComparison.OrdinalIgnoreCase) ||
                        d.Destination.StartsWith(SearchIndexFiles.Folder, StringComparison.OrdinalIgnoreCase));
        foreach (var document in taken)
        {
            context.Diagnostics.Error(document.DisplayPath, 1, 1,
                $"'{document.Destination}' is reserved for the site search ({Destination} and {SearchIndexFiles.Folder}): rename this file or its folder");
        }

        var html = new StringBuilder();
        html.Append("<p>Typ in het zoekveld bovenaan om direct te zoeken. Werkt dat niet (zonder JavaScript, of als je de site ")
            .Append("vanaf je eigen computer opent), dan vind je hier alle pagina's en begrippen.</p>\n")
            .Append("<h2 id=\"alle-paginas\">Alle pagina's</h2>\n");
        AppendTree(html, new NavigationTree(inputs).Roots);
        var terms = inputs.SelectMany(d => d.GetList(Keys.SearchEntries)).Where(e => e.Kind == SearchEntryKind.Term)
            .OrderBy(e => Slug.FoldDiacritics(e.Title).ToLowerInvariant(), StringComparer.Ordinal).ThenBy(e => e.Anchor, StringComparer.Ordinal).ToList();
        if (terms.Count > 0)
        {
            html.Append("<h2 id=\"alle-begrippen\">Begrippen</h2>\n<dl class=\"search-terms\">\n");
            foreach (var term in terms)
            {
                html.Append("<dt><a href=\"").Append(Encode(Link(term.Destination) + "#" + term.Anchor)).Append("\">")
                    .Append(Encode(term.Title)).Append("</a></dt>\n<dd>").Append(Encode(term.Text)).Append("</dd>\n");
            }

            html.Append("</dl>\n");
        }

        return inputs.Add(new Document { Destination = Destination, Content = html.ToString() }
            .With(Keys.Title, "Zoeken")
            .With(Keys.Description, "Alle pagina's en begrippen van deze site.")
            .With(Keys.Generated, true)
            .With(Keys.Hidden, true));
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
