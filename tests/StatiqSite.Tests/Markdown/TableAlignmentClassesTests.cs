using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Markdown;

/// <summary>Table alignment becomes classes on the cells, never style attributes (blocked by the CSP).</summary>
public sealed class TableAlignmentClassesTests
{
    private const string Table = "| Naam | Midden | Bedrag |\n| :--- | :----: | -----: |\n| a | b | 3 |\n";

    [Fact]
    public async Task Aligned_columns_get_classes_on_every_cell_and_no_style_attribute()
    {
        using var site = new TestSite().Page("index.md", "Start", Table);

        Assert.True((await site.BuildAsync()).Succeeded);

        var html = site.Html("index.html");
        Assert.Empty(html.QuerySelectorAll("main [style], main col"));
        string[] expected = ["align-left", "align-center", "align-right"];
        foreach (var row in html.QuerySelectorAll("main table tr"))
        {
            Assert.Equal(expected, row.Children.Select(cell => cell.ClassName));
        }
    }

    [Fact]
    public async Task Columns_without_alignment_get_no_class()
    {
        using var site = new TestSite().Page("index.md", "Start", "| a | b |\n| - | - |\n| 1 | 2 |\n");

        Assert.True((await site.BuildAsync()).Succeeded);

        Assert.All(site.Html("index.html").QuerySelectorAll("main td, main th"), cell => Assert.False(cell.HasAttribute("class"), cell.OuterHtml));
    }

    [Fact]
    public async Task A_table_in_a_quiz_explanation_has_no_style_attribute_either()
    {
        var explanation = string.Join("\n", Table.TrimEnd().Split('\n').Select(line => "      " + line));
        using var site = new TestSite().Page("index.md", "Start", $"```quiz\nquestion: Klopt dit?\nanswer: true\nexplanation: |\n{explanation}\n```\n");

        Assert.True((await site.BuildAsync()).Succeeded);

        var html = site.Html("index.html");
        Assert.NotEmpty(html.QuerySelectorAll(".quiz-explanation td.align-right"));
        Assert.Empty(html.QuerySelectorAll("main [style]"));
    }
}
