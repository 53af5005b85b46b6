using StatiqSite.Content;
using StatiqSite.Pipeline;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Quizzes;

public sealed class GenerateProgressPageTests
{
    [Fact]
    public async Task The_progress_page_lists_every_quiz_of_the_site_with_a_link_to_it()
    {
        using var site = new TestSite()
            .Page("index.md", "Home", "```quiz\nid: een\ntitle: Eerste\nquestion: Een?\nanswer: true\n```\n")
            .Page("basis/index.md", "Basis", "```quiz\nquestion: Twee?\nanswer: false\n```\n\n```quiz\nid: drie\nquestions:\n  - question: Drie?\n    answer: true\n  - question: Vier?\n    model_answer: Zo.\n```\n")
            .Page("zonder.md", "Zonder", "Geen quiz.\n");

        var report = await site.BuildAsync();

        Assert.Empty(Errors.Of(report, site));
        var page = site.Html("voortgang/index.html");
        Assert.Equal("Mijn voortgang", page.QuerySelector("h1")!.TextContent);
        var items = page.QuerySelectorAll("[data-quiz-progress] li[data-quiz-id]");
        Assert.Equal(["een", "basis-1", "drie"], items.Select(i => i.GetAttribute("data-quiz-id")));
        Assert.Equal(["../index.html#quiz-een", "../basis/index.html#quiz-basis-1", "../basis/index.html#quiz-drie"],
            items.Select(i => i.QuerySelector("a")!.GetAttribute("href")));
        Assert.Equal("Home · Eerste", items[0].QuerySelector("a")!.TextContent);
        Assert.Equal("1", items[2].GetAttribute("data-quiz-total"));
        Assert.Equal(site.Html("index.html").QuerySelector("[data-quiz]")!.GetAttribute("data-quiz-version"), items[0].GetAttribute("data-quiz-version"));
    }

    [Fact]
    public async Task Without_javascript_the_page_says_progress_needs_it_and_the_footer_links_to_it()
    {
        using var site = new TestSite().Page("index.md", "Home", "Tekst.\n");

        await site.BuildAsync();

        var page = site.Html("voortgang/index.html");
        Assert.Contains("JavaScript", page.QuerySelector(".quiz-progress-nojs")!.TextContent, StringComparison.Ordinal);
        Assert.True(page.QuerySelector(".quiz-progress-reset")!.HasAttribute("hidden"));
        Assert.NotNull(page.QuerySelector("[role=status]"));
        Assert.Equal("voortgang/index.html", site.Html("index.html").QuerySelector("footer a[href*=voortgang]")!.GetAttribute("href"));
        Assert.DoesNotContain("voortgang", site.Read("sitemap.xml"), StringComparison.Ordinal);
    }
}
