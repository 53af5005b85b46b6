using AngleSharp.Dom;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Glossary;

/// <summary>
/// Term links on real pages: each Cases/Linking/&lt;name&gt;.md must link exactly the words of
/// &lt;name&gt;.expected.txt ("text -> id", in page order), and never change the page's text.
/// </summary>
public sealed class TermLinkerTests(LinkingSite fixture) : IClassFixture<LinkingSite>
{
    public static TheoryData<string> Cases => [.. LinkingSite.Cases];

    [Fact]
    public void The_case_site_builds_without_errors() => Assert.Empty(Errors.Of(fixture.Report, fixture.Site));

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_page_links_the_expected_words(string name)
    {
        var page = fixture.Site.Html($"cases/{name}/index.html");

        var links = page.QuerySelectorAll(".prose a.glossary-term").Select(a => $"{a.TextContent} -> {a.GetAttribute("data-term")}");

        var expected = File.ReadAllLines(Path.Combine(GlossaryCases.Folder("Linking"), name + ".expected.txt")).Where(l => l.Length > 0);
        Assert.Equal(expected, links);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Linking_never_changes_the_text(string name)
    {
        if (!fixture.Site.Exists($"cases/{name}-plain/index.html"))
        {
            return; // the case is glossary: false itself
        }

        var linked = fixture.Site.Html($"cases/{name}/index.html").QuerySelector(".prose")!;
        var plain = fixture.Site.Html($"cases/{name}-plain/index.html").QuerySelector(".prose")!;

        Assert.Equal(plain.TextContent, linked.TextContent);
        Assert.Empty(plain.QuerySelectorAll("a.glossary-term"));
    }

    [Fact]
    public void A_term_link_points_at_the_entry_relative_to_the_page()
    {
        var link = fixture.Site.Html("cases/first-occurrence/index.html").QuerySelector("a.glossary-term")!;

        Assert.Equal("../../begrippen/index.html#empathie", link.GetAttribute("href"));
        Assert.Equal("Je inleven in wat een ander voelt.", link.GetAttribute("data-definition"));
        Assert.False(link.HasAttribute("title"));
        Assert.False(link.HasAttribute("style"));
    }

    [Fact]
    public void Only_pages_with_a_term_link_load_the_tooltip()
    {
        static IEnumerable<string> Scripts(IParentNode page) => page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!);

        Assert.Contains(Scripts(fixture.Site.Html("cases/first-occurrence/index.html")), s => s.Contains("glossary", StringComparison.Ordinal));
        Assert.DoesNotContain(Scripts(fixture.Site.Html("cases/look-alikes/index.html")), s => s.Contains("glossary", StringComparison.Ordinal));
        Assert.DoesNotContain(Scripts(fixture.Site.Html("index.html")), s => s.Contains("glossary", StringComparison.Ordinal));
    }

    [Fact]
    public void A_page_without_terms_is_returned_unchanged()
    {
        var glossary = GlossaryCases.Of("Empathie");
        const string html = "<p>Geen  begrip   hier &amp; <br/>ook geen <b>opmaakwijziging</b>.</p>\n";

        var (result, linked) = StatiqSite.Glossary.TermLinker.Link(html, glossary, "begrippen/index.html");

        Assert.Same(html, result);
        Assert.Empty(linked);
    }

    [Fact]
    public void Markup_in_a_definition_stays_text_in_the_link()
    {
        var (glossary, _) = GlossaryCases.Load("- term: Grens\n  definition: \"Zeg \\\"nee\\\" & <b>stop</b>\"\n");
        var parser = new AngleSharp.Html.Parser.HtmlParser();

        var (html, _) = StatiqSite.Glossary.TermLinker.Link("<p>Een grens.</p>", glossary, "begrippen/index.html");

        var link = parser.ParseDocument(html).QuerySelector("a.glossary-term")!;
        Assert.Equal("Zeg \"nee\" & <b>stop</b>", link.GetAttribute("data-definition"));
        Assert.Empty(link.Children);
    }
}
