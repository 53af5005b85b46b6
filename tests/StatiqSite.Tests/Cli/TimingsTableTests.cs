using StatiqSite.Cli;
using StatiqSite.Pipeline;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Cli;

public class TimingsTableTests
{
    private static DocumentTimings Times(string module, params (string Document, double Ms)[] times) =>
        new("Content", Phase.Process, module, [.. times.Select(t => new DocumentTime(t.Document, TimeSpan.FromMilliseconds(t.Ms)))]);

    [Fact]
    public void Slowest_pages_sum_every_module_and_name_the_two_largest()
    {
        DocumentTimings[] documents =
        [
            Times("RenderMarkdown", ("a.md", 5), ("b.md", 1)),
            Times("ApplyLayout", ("a.md", 2), ("b.md", 9)),
            Times("WriteFiles", ("a.md", 1), ("b.md", 1)),
        ];

        var slowest = TimingsTable.Slowest(documents);

        Assert.Equal(["b.md", "a.md"], slowest.Select(s => s.Page));
        Assert.Equal(TimeSpan.FromMilliseconds(11), slowest[0].Total);
        Assert.Equal(["ApplyLayout", "RenderMarkdown"], slowest[0].Modules.Select(m => m.Module));
        Assert.Equal(["RenderMarkdown", "ApplyLayout"], slowest[1].Modules.Select(m => m.Module));
    }

    [Fact]
    public void Only_pages_are_listed_and_at_most_ten()
    {
        var pages = Enumerable.Range(0, 15).Select(i => ($"p{i:00}.md", (double)i)).ToArray();
        DocumentTimings[] documents = [Times("RenderMarkdown", pages), Times("MinifyAssets", ("assets/css/site.css", 500))];

        var slowest = TimingsTable.Slowest(documents);

        Assert.Equal(TimingsTable.SlowestPages, slowest.Count);
        Assert.Equal("p14.md", slowest[0].Page);
        Assert.DoesNotContain(slowest, s => s.Page.EndsWith(".css", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_real_build_records_the_time_of_each_page_in_each_document_module()
    {
        using var site = new TestSite().Page("index.md", "Home", "Tekst.\n").Page("a/b.md", "B", "Meer tekst.\n");

        var report = await site.BuildAsync();

        var render = Assert.Single(report.Result.DocumentTimings, t => t.Module == "RenderMarkdown");
        Assert.Equal(["a/b.md", "a/index.md", "index.md"], render.Times.Select(t => t.Document).Order(StringComparer.Ordinal));
        Assert.Contains(report.Result.DocumentTimings, t => t.Module == "ApplyLayout" && t.Times.Any(d => d.Document == "a/b.md"));
        var output = new StringWriter();
        TimingsTable.Write(report.Result.Timings, output, report.Result.DocumentTimings);
        Assert.Contains("slowest pages", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("a/b.md", output.ToString(), StringComparison.Ordinal);
    }
}
