using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Build;

public class SiteBuildTests
{
    private static TestSite SmallSite() => new TestSite()
        .Page("index.md", "Home", "Welkom. Lees [de basis](basis/index.md) of [Reële verwachtingen](basis/regels.md#reele-verwachtingen).\n\n![logo](img/logo.png)\n")
        .Page("basis/index.md", "De basis", "Over [regels](regels.md) en [terug](../index.md).\n", "order: 1\n")
        .Page("basis/regels.md", "Regels", "## Reële verwachtingen\n\nZie [boven](#reele-verwachtingen) en [het bestand](../docs/gids.pdf).\n\n## Tweede kop\n\nTekst.\n", "order: 2\n")
        .Page("concept.md", "Concept", "Nog niet af.\n", "draft: true\n")
        .WriteBytes("img/logo.png", [0x89, 0x50, 0x4E, 0x47])
        .WriteBytes("docs/gids.pdf", [0x25, 0x50, 0x44, 0x46])
        .Write("_verborgen.md", "niet publiceren")
        .Write(".git-achtig/x.txt", "niet publiceren");

    [Fact]
    public async Task Every_page_is_written_with_its_title_at_a_clean_url()
    {
        using var site = SmallSite();

        var report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        Assert.Equal("Home", site.Html("index.html").QuerySelector("h1")?.TextContent);
        Assert.Equal("De basis", site.Html("basis/index.html").QuerySelector("h1")?.TextContent);
        Assert.Equal("Regels", site.Html("basis/regels/index.html").QuerySelector("h1")?.TextContent);
        Assert.StartsWith("Regels", site.Html("basis/regels/index.html").Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Links_to_markdown_files_are_rewritten_to_relative_page_urls()
    {
        using var site = SmallSite();

        await site.BuildAsync();

        var home = site.Html("index.html").QuerySelectorAll(".prose a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["basis/index.html", "basis/regels/index.html#re%C3%ABle-verwachtingen"], home);
        var rules = site.Html("basis/regels/index.html").QuerySelectorAll(".prose a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#re%C3%ABle-verwachtingen", "../../docs/gids.pdf"], rules);
        Assert.Equal("img/logo.png", site.Html("index.html").QuerySelector(".prose img")?.GetAttribute("src"));
        Assert.NotNull(site.Html("basis/regels/index.html").GetElementById("reële-verwachtingen"));
    }

    [Fact]
    public async Task Every_relative_link_in_the_output_resolves_to_a_written_file()
    {
        using var site = SmallSite();

        await site.BuildAsync();

        foreach (var page in Directory.EnumerateFiles(site.OutputDirectory, "*.html", SearchOption.AllDirectories).Where(p => !p.EndsWith("404.html", StringComparison.Ordinal)))
        {
            var document = site.Html(Path.GetRelativePath(site.OutputDirectory, page));
            foreach (var url in document.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!))
            {
                if (url.StartsWith("https://", StringComparison.Ordinal) || url.StartsWith('#'))
                {
                    continue;
                }

                var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, url.Split('#')[0]));
                Assert.True(File.Exists(target), $"{page} links to {url}, which was not written");
            }
        }
    }

    [Fact]
    public async Task Static_files_are_copied_and_underscore_or_dot_files_are_not()
    {
        using var site = SmallSite();

        await site.BuildAsync();

        Assert.Equal([0x89, 0x50, 0x4E, 0x47], File.ReadAllBytes(Path.Combine(site.OutputDirectory, "img/logo.png")));
        Assert.True(site.Exists("docs/gids.pdf"));
        Assert.False(site.Exists("_verborgen.md"));
        Assert.False(site.Exists("_verborgen/index.html"));
        Assert.False(site.Exists(".git-achtig/x.txt"));
        Assert.False(site.Exists("_site.yml"));
    }

    [Fact]
    public async Task Drafts_are_left_out_unless_asked_for()
    {
        using var site = SmallSite();

        await site.BuildAsync();
        Assert.False(site.Exists("concept/index.html"));

        await site.BuildAsync(drafts: true);
        Assert.True(site.Exists("concept/index.html"));
    }

    [Fact]
    public async Task Sitemap_lists_every_page_with_an_absolute_url()
    {
        using var site = SmallSite();

        await site.BuildAsync(basePath: "/sub/");

        var locations = System.Xml.Linq.XDocument.Parse(site.Read("sitemap.xml")).Descendants()
            .Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToList();
        Assert.Equal(
            ["https://example.org/sub/basis/", "https://example.org/sub/basis/regels/", "https://example.org/sub/export/", "https://example.org/sub/"],
            locations);
        Assert.Contains("Sitemap: https://example.org/sub/sitemap.xml", site.Read("robots.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_404_page_links_from_the_base_path_because_hosts_serve_it_at_any_url()
    {
        using var site = SmallSite();

        await site.BuildAsync(basePath: "/sub/");

        var page = site.Html("404.html");
        var stylesheet = page.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href");
        Assert.StartsWith("/sub/assets/css/site.", stylesheet, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/sub/");
        Assert.Null(page.QuerySelector("link[rel=canonical]"));
    }

    [Fact]
    public async Task Pages_link_relatively_so_the_base_path_does_not_change_them()
    {
        using var atRoot = SmallSite();
        using var underSub = SmallSite();

        await atRoot.BuildAsync();
        await underSub.BuildAsync(basePath: "/sub/");

        Assert.Equal(
            atRoot.Html("basis/regels/index.html").QuerySelector("main")!.OuterHtml,
            underSub.Html("basis/regels/index.html").QuerySelector("main")!.OuterHtml);
    }

    [Fact]
    public async Task Two_builds_of_the_same_input_are_byte_identical()
    {
        using var site = SmallSite();

        await site.BuildAsync();
        var first = site.Snapshot();
        await site.BuildAsync();

        Assert.Equal(first, site.Snapshot());
    }

    [Fact]
    public async Task A_folder_without_index_gets_a_landing_page_listing_its_pages()
    {
        using var site = new TestSite()
            .Page("index.md", "Home")
            .Page("valkuilen/b.md", "Tweede", "", "order: 2\n")
            .Page("valkuilen/a.md", "Eerste", "", "order: 1\n")
            .Page("valkuilen/zz.md", "Zonder volgorde");

        var report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        var landing = site.Html("valkuilen/index.html");
        Assert.Equal("Valkuilen", landing.QuerySelector("h1")?.TextContent);
        Assert.Equal(["Eerste", "Tweede", "Zonder volgorde"], landing.QuerySelectorAll(".prose li a").Select(a => a.TextContent));
        Assert.Equal("a/index.html", landing.QuerySelector(".prose li a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task An_unknown_front_matter_key_is_a_warning_that_suggests_the_right_key()
    {
        using var site = new TestSite().Page("index.md", "Home", "", "titel: Huis\n");

        var report = await site.BuildAsync();

        Assert.True(report.Succeeded);
        Assert.Equal(["index.md:3:1: unknown front matter key 'titel' is ignored (did you mean 'title'?)"], Errors.WarningsOf(report, site));
    }

    [Fact]
    public async Task Headings_get_GitHubs_ids_with_diacritics_kept_and_repeats_numbered()
    {
        using var site = new TestSite().Page("index.md", "Home", "## Reële verwachtingen\n\n## Reële verwachtingen\n\n## Eigen {#mijn-id}\n");

        await site.BuildAsync();

        var ids = site.Html("index.html").QuerySelectorAll(".prose h2").Select(h => h.Id);
        Assert.Equal(["reële-verwachtingen", "reële-verwachtingen-1", "mijn-id"], ids);
    }

    [Fact]
    public async Task The_description_defaults_to_the_first_paragraph()
    {
        using var site = new TestSite().Page("index.md", "Home", "## Kop\n\nDe *eerste* alinea van de pagina.\n\nDe tweede.\n");

        await site.BuildAsync();

        Assert.Equal("De eerste alinea van de pagina.", site.Html("index.html").QuerySelector("meta[name=description]")?.GetAttribute("content"));
    }

    [Fact]
    public async Task The_theme_links_a_page_by_its_source_only_when_the_site_has_it()
    {
        using var without = new TestSite().Page("index.md", "Home");
        using var with = new TestSite().Page("index.md", "Home").Page("bronnen.md", "Bronnen");

        await without.BuildAsync();
        await with.BuildAsync();

        Assert.DoesNotContain(without.Html("index.html").QuerySelectorAll("footer a"), a => a.TextContent.Contains("Bronnen", StringComparison.Ordinal));
        Assert.Contains(with.Html("index.html").QuerySelectorAll("footer a"), a => a.GetAttribute("href") == "bronnen/index.html");
    }

    [Fact]
    public async Task Check_writes_nothing()
    {
        using var site = SmallSite();

        var report = await site.BuildAsync(dryRun: true);

        Assert.True(report.Succeeded);
        Assert.False(Directory.Exists(site.OutputDirectory));
    }
}
