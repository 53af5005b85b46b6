using AngleSharp.Dom;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Site;

/// <summary>
/// The real site, built from the repository's <c>input/</c> with its theme, checked page by page. Each test
/// collects every offending page, so one run names them all.
/// </summary>
public sealed class SiteTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    private const string Home = "index.html";

    [Fact]
    public void The_real_site_builds_without_errors_or_theme_warnings()
    {
        Assert.True(site.Report.Succeeded, string.Join('\n', site.Report.Diagnostics));
        Assert.Empty(site.Report.Diagnostics.Where(d => d.Path.Contains("theme/", StringComparison.Ordinal)).Select(d => d.ToString()));
        Assert.Contains(Home, site.Pages);
        Assert.Contains("404.html", site.Pages);
    }

    [Fact]
    public void Every_page_has_exactly_one_h1() =>
        AssertEveryPage(site.Pages, (_, html) =>
            html.QuerySelectorAll("h1").Length is var count && count != 1 ? $"{count} h1 elements" : null);

    [Fact]
    public void Every_page_is_dutch_with_title_description_canonical_and_open_graph() =>
        AssertEveryPage(site.Pages.Where(p => p != "404.html"), (_, html) =>
        {
            string? Meta(string selector, string attribute) => html.QuerySelector(selector)?.GetAttribute(attribute) is { Length: > 0 } v ? v : null;
            return html.DocumentElement.GetAttribute("lang") != "nl" ? "<html> is not lang=\"nl\""
                : html.Title is not { Length: > 0 } ? "no <title>"
                : Meta("meta[name=description]", "content") is null ? "no meta description"
                : Meta("link[rel=canonical]", "href") is not { } canonical || !canonical.StartsWith("https://", StringComparison.Ordinal) ? "no absolute canonical link"
                : Meta("meta[property='og:url']", "content") != canonical ? "og:url differs from the canonical URL"
                : Meta("meta[property='og:title']", "content") is null ? "no og:title"
                : Meta("meta[property='og:description']", "content") is null ? "no og:description"
                : null;
        });

    [Fact]
    public void The_navigation_marks_the_current_page() =>
        AssertEveryPage(site.ContentPages, (page, html) =>
        {
            var current = html.QuerySelectorAll("nav#navigatie a[aria-current=page]");
            return current.Length != 1 ? $"{current.Length} navigation links marked aria-current"
                : BuiltSite.Resolve(page, current[0].GetAttribute("href")!) != page ? "aria-current marks another page"
                : null;
        });

    [Fact]
    public void The_menu_button_controls_the_navigation_and_starts_closed() =>
        AssertEveryPage(site.Pages, (_, html) =>
        {
            var button = html.QuerySelector("header button.menu-toggle");
            return button is null ? "no menu button"
                : html.GetElementById(button.GetAttribute("aria-controls") ?? "") is not { LocalName: "nav" } ? "aria-controls does not name the navigation"
                : button.GetAttribute("aria-expanded") != "false" ? "not aria-expanded=\"false\", as the menu is drawn when scripts run"
                : null;
        });

    [Fact]
    public void Pages_below_home_have_breadcrumbs_from_home_to_themselves() =>
        AssertEveryPage(site.ContentPages, (page, html) =>
        {
            var crumbs = html.QuerySelector("nav.breadcrumbs");
            if (page == Home)
            {
                return crumbs is null ? null : "the home page has breadcrumbs";
            }

            var links = crumbs?.QuerySelectorAll("a").ToList() ?? [];
            return crumbs is null ? "no breadcrumbs"
                : !crumbs.TextContent.Contains("Je bent hier:", StringComparison.Ordinal) ? "no \"Je bent hier:\" label"
                : links.Count == 0 || BuiltSite.Resolve(page, links[0].GetAttribute("href")!) != Home ? "the first crumb is not the home page"
                : crumbs.QuerySelector("[aria-current=page]")?.TextContent.Trim().TrimStart('›').Trim() != html.QuerySelector("h1")!.TextContent.Trim() ? "the last crumb is not this page's title"
                : null;
        });

    [Fact]
    public void Next_links_walk_every_page_once_in_navigation_order_and_previous_links_walk_back()
    {
        var walk = new List<string>();
        for (var page = Home; page is not null && !walk.Contains(page); page = Link(page, "next"))
        {
            var previous = Link(page, "prev");
            Assert.True(walk.Count == 0 ? previous is null : previous == walk[^1], $"{page}: previous link is {previous ?? "missing"}, expected {(walk.Count == 0 ? "none" : walk[^1])}");
            walk.Add(page);
        }

        Assert.Equal(site.ContentPages.Order(StringComparer.Ordinal), walk.Order(StringComparer.Ordinal));
        var sections = site.Html(Home).QuerySelectorAll("nav#navigatie > ul > li > ul > li > a")
            .Select(a => BuiltSite.Resolve(Home, a.GetAttribute("href")!)).ToList();
        Assert.Equal(sections, walk.Where(sections.Contains));

        string? Link(string page, string rel) =>
            site.Html(page).QuerySelector($"nav.pager a[rel={rel}]")?.GetAttribute("href") is { } href ? BuiltSite.Resolve(page, href) : null;
    }

    [Fact]
    public void The_table_of_contents_lists_the_pages_headings_when_it_has_two_or_more() =>
        AssertEveryPage(site.ContentPages, (_, html) =>
        {
            var headings = html.QuerySelectorAll(".prose > h2[id], .prose > h3[id]").Select(h => "#" + h.Id).ToList();
            var toc = html.QuerySelector("nav.toc");
            if (headings.Count < 2)
            {
                return toc is null ? null : $"a table of contents for {headings.Count} heading(s)";
            }

            var entries = toc?.QuerySelectorAll("li > a").Select(a => a.GetAttribute("href")).ToList() ?? [];
            return entries.SequenceEqual(headings) ? null : $"table of contents [{string.Join(' ', entries)}] differs from the headings [{string.Join(' ', headings)}]";
        });

    [Fact]
    public void No_page_references_anything_outside_the_site_but_content_links_canonical_and_open_graph() =>
        AssertEveryPage(site.Pages, (page, html) =>
        {
            var outside = html.QuerySelectorAll("[href], [src]")
                .Where(e => BuiltSite.Resolve(page, e.GetAttribute("href") ?? e.GetAttribute("src")!) is null)
                .Where(e => !IsAllowedOutsideLink(e))
                .Select(e => e.OuterHtml.Split('>')[0] + ">");
            return string.Join(", ", outside) is { Length: > 0 } list ? "outside references: " + list : null;
        });

    [Fact]
    public void Every_link_and_asset_within_the_site_resolves_to_an_output_file() =>
        AssertEveryPage(site.Pages, (page, html) =>
        {
            var missing = html.QuerySelectorAll("[href], [src]")
                .Select(e => BuiltSite.Resolve(page, e.GetAttribute("href") ?? e.GetAttribute("src")!))
                .OfType<string>()
                .Where(target => !File.Exists(Path.Combine(site.OutputDirectory, target)))
                .Distinct(StringComparer.Ordinal);
            return string.Join(", ", missing) is { Length: > 0 } list ? "links to missing files: " + list : null;
        });

    [Fact]
    public void The_head_links_the_stylesheets_and_classic_scripts_of_the_theme() =>
        AssertEveryPage(site.Pages, (_, html) =>
        {
            var styles = html.QuerySelectorAll("head link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).ToList();
            var scripts = html.QuerySelectorAll("head script[src]").ToList();
            return !styles.Any(s => s.Contains("assets/css/site.", StringComparison.Ordinal)) ? "no site stylesheet"
                : html.QuerySelector("head link[rel=stylesheet][media=print]") is null ? "no print stylesheet"
                : !scripts.Any(s => s.GetAttribute("src")!.Contains("assets/js/menu.", StringComparison.Ordinal)) ? "no menu script"
                // A module script is refused from file:// (Chromium): every script is classic.
                : scripts.Any(s => s.HasAttribute("type")) ? "a script with a type (a module?), which file:// may refuse"
                // menu.js alone runs before the first paint (it sets the class the first layout depends on).
                : scripts.Any(s => s.HasAttribute("async")) ? "an async script, whose order is not kept"
                : scripts[0].HasAttribute("defer") || !scripts[0].GetAttribute("src")!.Contains("assets/js/menu.", StringComparison.Ordinal)
                    || scripts.Skip(1).Any(s => !s.HasAttribute("defer")) ? "not menu.js first and alone without defer"
                : html.QuerySelector("link[rel=icon][type='image/svg+xml']") is null ? "no SVG favicon"
                : null;
        });

    [Fact]
    public void No_page_has_inline_scripts_or_styles_so_a_strict_csp_holds() =>
        AssertEveryPage(site.Pages, (_, html) =>
            // JSON-LD is data, never executed, so CSP's script-src does not apply to it.
            html.QuerySelector("script:not([src]):not([type='application/ld+json'])") is not null ? "an inline script"
            : html.QuerySelector("style") is not null ? "a <style> element"
            : html.QuerySelector("[style]") is { } styled ? $"a style attribute on <{styled.LocalName}>"
            : html.All.FirstOrDefault(e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal))) is { } handler ? $"an event handler attribute on <{handler.LocalName}>"
            : null);

    [Fact]
    public void Every_page_has_a_skip_link_to_the_main_content() =>
        AssertEveryPage(site.Pages, (_, html) =>
            html.Body?.FirstElementChild is not { LocalName: "a" } skip || skip.GetAttribute("href") is not { } href
                || html.QuerySelector("main")?.Id != href.TrimStart('#')
                ? "the first element of <body> is not a skip link to <main>"
                : null);

    [Fact]
    public void The_footer_credits_the_article_and_links_the_sources_page() =>
        AssertEveryPage(site.Pages, (page, html) =>
        {
            var footer = html.QuerySelector("footer.site-footer");
            return footer is null ? "no footer"
                : !footer.TextContent.Contains("Ysolde Bentvelsen", StringComparison.Ordinal) || !footer.TextContent.Contains("René Pijlman", StringComparison.Ordinal) ? "no credit of the authors"
                : !footer.QuerySelectorAll("a").Any(a => BuiltSite.Resolve(page, a.GetAttribute("href")!) == "bronnen/index.html") ? "no link to the sources page"
                : null;
        });

    [Fact]
    public void Content_pages_show_their_edit_link_and_dutch_last_modified_date()
    {
        var meta = site.Html("basis/competentie/index.html").QuerySelector("aside.page-meta");

        Assert.NotNull(meta);
        var edit = meta.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == "Bewerk deze pagina");
        Assert.EndsWith("/input/basis/competentie.md", edit.GetAttribute("href"), StringComparison.Ordinal);
        var time = meta.QuerySelector("time");
        Assert.NotNull(time);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", time.GetAttribute("datetime"));
        Assert.Matches(@"^\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}$", time.TextContent);
        Assert.Contains("Laatst bijgewerkt", meta.TextContent, StringComparison.Ordinal);
    }

    /// <summary>
    /// Leaving the site is allowed for links written in the content (and the edit link beside it), and for the
    /// canonical URL and Open Graph tags, which must be absolute by definition.
    /// </summary>
    private static bool IsAllowedOutsideLink(IElement element) =>
        element.GetAttribute("href") is { } href && href.StartsWith("https://", StringComparison.Ordinal) && (
            (element.LocalName == "a" && element.Closest(".prose, .page-meta") is not null)
            || (element.LocalName == "link" && element.GetAttribute("rel") == "canonical"));

    private void AssertEveryPage(IEnumerable<string> pages, Func<string, AngleSharp.Html.Dom.IHtmlDocument, string?> problem)
    {
        Assert.True(site.Report.Succeeded, string.Join('\n', site.Report.Diagnostics));
        var problems = pages.Select(page => problem(page, site.Html(page)) is { } p ? $"{page}: {p}" : null).OfType<string>().ToList();
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
