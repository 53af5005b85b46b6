using System.Text.Json;
using StatiqSite.Search;
using StatiqSite.Content;
using StatiqSite.Pipeline;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Search;

public class GenerateSearchFilesTests
{
    private static TestSite Site() => new TestSite()
        .Page("index.md", "Afstand bewaren", "Welkom.\n\n## Reële verwachtingen\n\nOver grenzen.\n")
        .Page("basis/regels.md", "Regels", "Regels voor de cliënt.\n\n```js\nconst geheim = 1;\n```\n")
        .Page("concept.md", "Concept", "Nog niet af: conceptwoord.\n", "draft: true\n");

    private static JsonElement Json(TestSite site, string path) => IndexScript.Data(path, site.Read(path));

    private static List<string[]> StoredEntries(TestSite site) =>
        [.. Json(site, SearchIndexFiles.Manifest).GetProperty("docs").EnumerateArray()
            .SelectMany(d => Json(site, "search/" + d[1].GetString()).EnumerateArray())
            .Select(e => e.EnumerateArray().Select(v => v.GetString()!).ToArray())];

    private static HashSet<string> Terms(TestSite site) =>
        [.. Json(site, SearchIndexFiles.Manifest).GetProperty("terms").EnumerateArray()
            .SelectMany(t => Json(site, "search/" + t[1].GetString()).EnumerateObject().Select(p => p.Name))];

    [Fact]
    public async Task The_build_writes_an_index_of_every_page_and_section()
    {
        using var site = Site();

        var report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        var entries = StoredEntries(site);
        Assert.Contains(entries, e => e is ["s", "index.html", "reële-verwachtingen", "Afstand bewaren", "Reële verwachtingen", "Over grenzen."]);
        Assert.Contains(entries, e => e[1] == "basis/regels/index.html" && e[0] == "p");
        Assert.Contains(entries, e => e[1] == "basis/index.html" && e[3] == "Basis");
        Assert.DoesNotContain(entries, e => e[1].StartsWith("zoeken/", StringComparison.Ordinal) || e[1] == "404.html");
    }

    [Fact]
    public async Task Terms_are_folded_and_stemmed_and_drafts_and_stop_words_are_left_out()
    {
        using var site = Site();

        await site.BuildAsync();

        var terms = Terms(site);
        Assert.Contains("rel", terms);
        Assert.Contains("grens", terms);
        Assert.Contains("client", terms);
        Assert.Contains("geheim", terms);
        Assert.DoesNotContain("conceptwoord", terms);
        Assert.DoesNotContain("de", terms);
        Assert.DoesNotContain("over", terms);
    }

    [Fact]
    public async Task Every_page_has_the_search_form_pointing_at_the_index_and_the_search_page()
    {
        using var site = Site();

        await site.BuildAsync();

        var page = site.Html("basis/regels/index.html");
        var form = page.QuerySelector("header form[role=search]");
        Assert.NotNull(form);
        Assert.Equal("../../zoeken/index.html", form.GetAttribute("action"));
        Assert.Equal("../../search/index.js", form.GetAttribute("data-search-index"));
        var input = form.QuerySelector("input[type=search]");
        Assert.Equal("q", input?.GetAttribute("name"));
        Assert.Equal("Zoeken", page.QuerySelector($"label[for='{input?.Id}']")?.TextContent);
        Assert.NotNull(form.QuerySelector("[role=status]"));
        Assert.Contains(page.QuerySelectorAll("script[defer]"), s => s.GetAttribute("src")!.StartsWith("../../assets/js/search.", StringComparison.Ordinal));
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
    }

    [Fact]
    public async Task The_search_page_lists_every_page_in_navigation_order()
    {
        using var site = new TestSite()
            .Page("index.md", "Home")
            .Page("valkuilen/b.md", "Tweede", "", "order: 2\n")
            .Page("valkuilen/a.md", "Eerste", "", "order: 1\n");

        var report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        var page = site.Html("zoeken/index.html");
        Assert.Equal("Zoeken", page.QuerySelector("h1")?.TextContent);
        Assert.Equal(["Home", "Valkuilen", "Eerste", "Tweede"], page.QuerySelectorAll(".prose li a").Select(a => a.TextContent));
        Assert.Equal("../valkuilen/a/index.html", page.QuerySelectorAll(".prose li a")[2].GetAttribute("href"));
    }

    [Fact]
    public async Task Glossary_terms_found_in_pages_are_listed_with_their_definition()
    {
        using var site = new TestSite()
            .Page("index.md", "Home", "Empathie {#empathie}\n:   Meevoelen.\n");

        await site.BuildAsync();

        var page = site.Html("zoeken/index.html");
        Assert.Equal("../index.html#empathie", page.QuerySelector(".prose dt a")?.GetAttribute("href"));
        Assert.Equal("Meevoelen.", page.QuerySelector(".prose dd")?.TextContent);
    }

    [Fact]
    public async Task The_search_page_is_not_in_the_navigation_or_the_sitemap()
    {
        using var site = new TestSite().Page("index.md", "Home");

        await site.BuildAsync();

        Assert.DoesNotContain("zoeken", site.Read("sitemap.xml"), StringComparison.Ordinal);
        Assert.DoesNotContain(site.Html("index.html").QuerySelectorAll("nav a"), a => a.GetAttribute("href")!.Contains("zoeken", StringComparison.Ordinal));
    }
}
