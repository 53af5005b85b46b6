using System.Text.Json;
using StatiqSite.Build;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Glossary;

/// <summary>The glossary page /begrippen/: order, jump list, entries, "Komt voor op", structured data.</summary>
public sealed class GlossaryPageTests
{
    private const string Glossary = """
        - term: Zorg
          definition: Aandacht voor een ander.
        - term: IJver
          definition: Hard werken.
        - term: Émotie
          definition: Een gevoel.
        - term: Ik-boodschap
          definition: Zeggen wat jij ziet en voelt.
          behaviours:
            - Begint met 'ik'.
          related: [emotie]
        - term: Afstand
          aliases: [afstandelijk]
          definition: "Ruimte, geen <script>alert(1)</script> of *muur*."
        - term: Inzet
          definition: Moeite doen.
        - term: Ideaal
          definition: Wat je nastreeft.
        - term: 3D-model
          definition: Een model in drie dimensies.
        """;

    [Fact]
    public async Task Terms_are_sorted_the_Dutch_way_with_IJ_as_I_J()
    {
        using var site = await BuildAsync();

        var terms = site.Html("begrippen/index.html").QuerySelectorAll("article.glossary-entry h3").Select(h => h.TextContent);

        Assert.Equal(["3D-model", "Afstand", "Émotie", "Ideaal", "IJver", "Ik-boodschap", "Inzet", "Zorg"], terms);
    }

    [Fact]
    public async Task The_jump_list_links_letters_with_terms_and_shows_the_others_unlinked()
    {
        using var site = await BuildAsync();
        var jump = site.Html("begrippen/index.html").QuerySelector("nav.glossary-jump")!;

        var linked = jump.QuerySelectorAll("a").Select(a => a.TextContent);
        var unlinked = jump.QuerySelectorAll(".glossary-jump-empty").Select(s => s.TextContent);

        Assert.Equal(["#", "A", "E", "I", "Z"], linked);
        Assert.Equal(22, unlinked.Count());
        Assert.Contains("B", unlinked);
        Assert.All(jump.QuerySelectorAll("a"), a => Assert.NotNull(site.Html("begrippen/index.html").GetElementById(a.GetAttribute("href")![1..])));
    }

    [Fact]
    public async Task Each_term_has_its_anchor_definition_behaviours_and_related_terms()
    {
        using var site = await BuildAsync();
        var page = site.Html("begrippen/index.html");

        var entry = page.GetElementById("ik-boodschap")!;

        Assert.Equal("Zeggen wat jij ziet en voelt.", entry.QuerySelector(".glossary-definition")!.TextContent);
        Assert.Equal(["Begint met 'ik'."], entry.QuerySelectorAll(".glossary-behaviours li").Select(l => l.TextContent));
        Assert.Equal("#emotie", entry.QuerySelector(".glossary-related a")!.GetAttribute("href"));
        Assert.Contains(entry.QuerySelectorAll("h4"), h => h.TextContent == "Gedragsindicatoren");
        Assert.Equal("muur", page.GetElementById("afstand")!.QuerySelector(".glossary-definition em")!.TextContent);
        Assert.Empty(page.QuerySelectorAll(".prose script:not([type='application/ld+json'])"));
    }

    [Fact]
    public async Task Komt_voor_op_lists_the_pages_that_use_the_term()
    {
        using var site = await BuildAsync();

        var entry = site.Html("begrippen/index.html").GetElementById("afstand")!;

        var pages = entry.QuerySelectorAll(".glossary-pages a").Select(a => $"{a.TextContent} {a.GetAttribute("href")}");
        Assert.Equal(["Afstand houden ../afstand-houden/index.html", "Start ../index.html"], pages);
        Assert.Empty(site.Html("begrippen/index.html").GetElementById("zorg")!.QuerySelectorAll(".glossary-pages"));
    }

    [Fact]
    public async Task The_structured_data_is_a_DefinedTermSet_that_cannot_close_its_script()
    {
        using var site = await BuildAsync();
        var script = site.Html("begrippen/index.html").QuerySelector("script[type='application/ld+json']")!;

        using var json = JsonDocument.Parse(script.TextContent);

        Assert.DoesNotContain('<', script.TextContent);
        Assert.Equal("DefinedTermSet", json.RootElement.GetProperty("@type").GetString());
        var terms = json.RootElement.GetProperty("hasDefinedTerm").EnumerateArray().ToList();
        Assert.Equal(8, terms.Count);
        var afstand = terms.Single(t => t.GetProperty("termCode").GetString() == "afstand");
        Assert.Equal("https://example.org/begrippen/#afstand", afstand.GetProperty("@id").GetString());
        Assert.Equal("Ruimte, geen <script>alert(1)</script> of muur.", afstand.GetProperty("description").GetString());
    }

    [Fact]
    public async Task A_term_no_page_uses_is_a_warning_at_its_line()
    {
        using var site = await BuildAsync();

        var warnings = Errors.WarningsOf(site.Report, site.Site);

        Assert.Contains("_glossary.yml:1:3: no page uses the term 'Zorg': use it in a page, add the form pages use as an alias, or remove it", warnings);
        Assert.DoesNotContain(warnings, w => w.Contains("'Afstand'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_page_is_in_the_navigation_and_the_sitemap()
    {
        using var site = await BuildAsync();

        Assert.Contains("<loc>https://example.org/begrippen/</loc>", site.Read("sitemap.xml"), StringComparison.Ordinal);
        Assert.Contains(site.Html("index.html").QuerySelectorAll("nav a"), a => a.GetAttribute("href") == "begrippen/index.html");
        Assert.Empty(site.Html("begrippen/index.html").QuerySelectorAll(".prose a.glossary-term"));
    }

    [Fact]
    public async Task Two_builds_give_byte_identical_output()
    {
        using var site = await BuildAsync();
        var first = TestSite.Snapshot(site.Site.OutputDirectory);

        await site.Site.BuildAsync();

        Assert.Equal(first, TestSite.Snapshot(site.Site.OutputDirectory));
    }

    [Fact]
    public async Task Without_a_glossary_there_is_no_glossary_page()
    {
        using var site = new TestSite();
        site.Page("index.md", "Start", "Afstand houden.\n");

        var report = await site.BuildAsync();

        Assert.Empty(Errors.Of(report, site));
        Assert.False(site.Exists("begrippen/index.html"));
    }

    private static async Task<BuiltSite> BuildAsync()
    {
        var site = new TestSite();
        site.Write("_glossary.yml", Glossary + "\n");
        site.Page("index.md", "Start", "Hier gaat het over afstand, zie ook [de pagina](afstand-houden.md).\n");
        site.Page("afstand-houden.md", "Afstand houden", "Afstandelijk zijn is iets anders dan afstand houden met een ik-boodschap, " +
            "een émotie, ijver, inzet, een ideaal en een 3D-model.\n");
        return new BuiltSite(site, await site.BuildAsync());
    }

    /// <summary>A built test site with its report.</summary>
    private sealed class BuiltSite(TestSite site, BuildReport report) : IDisposable
    {
        public TestSite Site => site;

        public BuildReport Report => report;

        public AngleSharp.Html.Dom.IHtmlDocument Html(string path) => site.Html(path);

        public string Read(string path) => site.Read(path);

        public void Dispose() => site.Dispose();
    }
}
