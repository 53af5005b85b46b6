using Markdig;
using StatiqSite.Markdown;
using StatiqSite.Pipeline;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Markdown;

/// <summary>
/// The caption convention, one case file each: <c>TableCaptionCases/&lt;case&gt;.md</c> rendered must be exactly
/// <c>&lt;case&gt;.html</c>.
/// </summary>
public sealed class TableCaptionsTests
{
    private static readonly string CasesFolder = Path.Combine(AppContext.BaseDirectory, "Markdown", "TableCaptionCases");

    /// <summary>The case names.</summary>
    public static TheoryData<string> Cases() =>
        [.. Directory.EnumerateFiles(CasesFolder, "*.md").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_renders_exactly_the_expected_html(string name)
    {
        var engine = new MarkdownEngine([new TableCaptions()], []);
        var page = new MarkdownPage(new Document { Destination = "index.html" }, 0, new DiagnosticBag());

        var (html, _) = engine.Render(File.ReadAllText(Path.Combine(CasesFolder, name + ".md")), page);

        Assert.Equal(File.ReadAllText(Path.Combine(CasesFolder, name + ".html")), html);
    }

    [Fact]
    public async Task A_page_of_the_site_shows_the_caption_inside_its_table()
    {
        using var site = new TestSite().Page("index.md", "Start", "Tabel: Wie je belt\n\n| a | b |\n| :- | -: |\n| 1 | 2 |\n");

        Assert.True((await site.BuildAsync()).Succeeded);

        var table = Assert.Single(site.Html("index.html").QuerySelectorAll("main table"));
        Assert.Equal("Wie je belt", table.FirstElementChild?.TextContent);
        Assert.Equal("caption", table.FirstElementChild?.LocalName);
        Assert.DoesNotContain("Tabel:", site.Html("index.html").QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
