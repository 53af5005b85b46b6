using System.Text.RegularExpressions;
using AngleSharp.Dom;
using StatiqSite.Glossary;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Glossary;

/// <summary>
/// Term links on real pages (the step <see cref="StatiqSite.Glossary.LinkGlossaryTerms"/> on each page's syntax tree):
/// each Cases/Linking/&lt;name&gt;.md must link exactly the words of &lt;name&gt;.expected.txt ("text -> id", in page
/// order, white space in the text as one space), and never change the page's text.
/// </summary>
public sealed class LinkGlossaryTermsTests(LinkingSite fixture) : IClassFixture<LinkingSite>
{
    public static TheoryData<string> Cases => [.. LinkingSite.Cases];

    [Fact]
    public void The_case_site_builds_without_errors() => Assert.Empty(Errors.Of(fixture.Report, fixture.Site));

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_page_links_the_expected_words(string name)
    {
        var page = fixture.Site.Html($"cases/{name}/index.html");

        var links = page.QuerySelectorAll(".prose a.glossary-term").Select(a => $"{Regex.Replace(a.TextContent, @"\s+", " ")} -> {a.GetAttribute("data-term")}");

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
    public void Markup_in_a_definition_stays_text_in_the_link()
    {
        var link = fixture.Site.Html("cases/definition-markup/index.html").QuerySelector("a.glossary-term")!;

        Assert.Equal("Zeg \"nee\" & <b>stop</b>", link.GetAttribute("data-definition"));
        Assert.Empty(link.Children);
    }

    [Fact]
    public void A_page_records_the_terms_it_links_in_page_order()
    {
        var page = fixture.Report.Result.Outputs[StatiqSite.Content.PipelineNames.Content].Single(d => d.Destination == "cases/longest-match/index.html");

        var expected = File.ReadAllLines(Path.Combine(GlossaryCases.Folder("Linking"), "longest-match.expected.txt"))
            .Where(l => l.Length > 0).Select(l => l.Split(" -> ")[1]);
        Assert.Equal(expected, page.GetList(GlossaryKeys.TermsUsed));
    }
}
