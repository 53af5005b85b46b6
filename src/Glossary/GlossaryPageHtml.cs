using System.Text;
using StatiqSite.Theme;

namespace StatiqSite.Glossary;

/// <summary>A page that uses a term: its title and the link to it from the glossary page.</summary>
public sealed record TermUse(string Title, string Href);

/// <summary>
/// The body of the glossary page: an A–Z jump list (letters without terms shown, not linked), then per letter
/// the terms in Dutch order, each an <c>&lt;article id="term-id"&gt;</c> with its definition, other forms,
/// behaviours ("Gedragsindicatoren"), related terms and the pages it occurs on ("Komt voor op"), and the
/// JSON-LD block. Every text from the YAML is HTML-encoded; definitions are Markdown rendered without raw HTML.
/// </summary>
public static class GlossaryPageHtml
{
    /// <summary>The id prefix of the letter headings ("letter-a"), apart from term ids.</summary>
    public const string LetterPrefix = "letter-";

    /// <summary>The letters of the jump list.</summary>
    public static readonly IReadOnlyList<char> Alphabet = [.. Enumerable.Range('A', 26).Select(c => (char)c)];

    /// <summary>Renders the page body.</summary>
    public static string Render(GlossaryTerms glossary, IReadOnlyDictionary<string, List<TermUse>> uses, string jsonLd)
    {
        var groups = glossary.Terms.OrderBy(t => t.Term, DutchSort.Instance).GroupBy(t => DutchSort.LetterOf(t.Term)).ToList();
        var html = new StringBuilder();
        var practise = Content.PageUrls.Relative(GenerateGlossaryPage.Destination, GenerateFlashcardsPage.Destination);
        html.Append($"<p class=\"glossary-practise\"><a href=\"{Encode(practise)}\">Oefen de begrippen met flashcards</a></p>\n");
        html.Append("<nav class=\"glossary-jump\" aria-label=\"Begrippen per letter\">\n<ul>\n");
        var letters = groups.Select(g => g.Key).Where(l => l == '#').Concat(Alphabet);
        foreach (var letter in letters)
        {
            html.Append(groups.Any(g => g.Key == letter)
                ? $"<li><a href=\"#{LetterId(letter)}\">{letter}</a></li>\n"
                : $"<li><span class=\"glossary-jump-empty\">{letter}</span></li>\n");
        }

        html.Append("</ul>\n</nav>\n");
        foreach (var group in groups)
        {
            html.Append($"<section class=\"glossary-letter\" aria-labelledby=\"{LetterId(group.Key)}\">\n");
            html.Append($"<h2 id=\"{LetterId(group.Key)}\">{group.Key}</h2>\n");
            foreach (var term in group)
            {
                AppendTerm(html, term, glossary, uses.GetValueOrDefault(term.Id) ?? []);
            }

            html.Append("</section>\n");
        }

        html.Append("<script type=\"application/ld+json\">").Append(jsonLd).Append("</script>\n");
        return html.ToString();
    }

    /// <summary>The id of a letter's heading.</summary>
    public static string LetterId(char letter) => LetterPrefix + (letter == '#' ? "overig" : char.ToLowerInvariant(letter).ToString());

    private static void AppendTerm(StringBuilder html, GlossaryTerm term, GlossaryTerms glossary, List<TermUse> uses)
    {
        html.Append($"<article class=\"glossary-entry\" id=\"{term.Id}\">\n<h3><dfn>{Encode(term.Term)}</dfn></h3>\n");
        html.Append("<div class=\"glossary-definition\">").Append(term.DefinitionHtml).Append("</div>\n");
        if (term.Aliases.Length > 0)
        {
            html.Append("<p class=\"glossary-aliases\">Ook: ").AppendJoin(", ", term.Aliases.Select(a => Encode(a.Text))).Append("</p>\n");
        }

        AppendList(html, "Gedragsindicatoren", "glossary-behaviours", term.Behaviours.Select(Encode));
        AppendList(html, "Verwante begrippen", "glossary-related", term.Related
            .Select(r => glossary.Find(r.Text)).OfType<GlossaryTerm>()
            .Select(r => $"<a href=\"#{r.Id}\">{Encode(r.Term)}</a>"));
        AppendList(html, "Komt voor op", "glossary-pages", uses.Select(u => $"<a href=\"{Encode(u.Href)}\">{Encode(u.Title)}</a>"));
        html.Append("</article>\n");
    }

    private static void AppendList(StringBuilder html, string heading, string cssClass, IEnumerable<string> items)
    {
        var list = items.ToList();
        if (list.Count == 0)
        {
            return;
        }

        html.Append($"<h4>{heading}</h4>\n<ul class=\"{cssClass}\">\n");
        foreach (var item in list)
        {
            html.Append("<li>").Append(item).Append("</li>\n");
        }

        html.Append("</ul>\n");
    }

    private static string Encode(string text) => ThemeTemplates.Encoder.Encode(text);
}
