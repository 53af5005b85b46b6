using StatiqSite.Cli.Preview;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Cli.Preview;

public class IncrementalBuilderTests
{
    [Fact]
    public async Task A_body_edit_changes_only_that_page()
    {
        using var site = ThreePages();
        var builder = new IncrementalBuilder(site.Settings());
        await builder.RebuildAsync([]);

        site.Page("basis/uitleg.md", "Uitleg", "Nieuwe tekst.");
        var outcome = await builder.RebuildAsync([Path.Combine(site.InputDirectory, "basis", "uitleg.md")]);

        Assert.False(outcome.Full);
        Assert.Equal(["basis/uitleg/index.html"], Pages(outcome.Changed));
        Assert.Contains("Nieuwe tekst.", site.Read("basis/uitleg/index.html"));
    }

    [Fact]
    public async Task A_title_edit_changes_every_page_that_shows_it_in_the_navigation()
    {
        using var site = ThreePages();
        var builder = new IncrementalBuilder(site.Settings());
        await builder.RebuildAsync([]);

        site.Page("basis/uitleg.md", "Andere titel", "Tekst.");
        var outcome = await builder.RebuildAsync([Path.Combine(site.InputDirectory, "basis", "uitleg.md")]);

        Assert.Equal(["basis/index.html", "basis/uitleg/index.html", "zoeken/index.html"], Pages(outcome.Changed));
        Assert.Contains("Andere titel", site.Read("basis/index.html"));
    }

    [Fact]
    public async Task The_incremental_result_equals_a_fresh_build()
    {
        using var site = ThreePages();
        var builder = new IncrementalBuilder(site.Settings());
        await builder.RebuildAsync([]);
        site.Page("basis/uitleg.md", "Andere titel", "Een [link](../index.md).");
        await builder.RebuildAsync([Path.Combine(site.InputDirectory, "basis", "uitleg.md")]);
        var incremental = site.Snapshot();

        await site.BuildAsync();

        Assert.Equal(site.Snapshot(), incremental);
    }

    [Fact]
    public async Task A_quiz_edit_changes_only_that_quizs_export_files_and_equals_a_fresh_build()
    {
        using var site = ThreePages()
            .Page("index.md", "Start", "```quiz\nid: start\nquestion: Klopt dit?\nanswer: true\n```\n")
            .Page("basis/uitleg.md", "Uitleg", "```quiz\nid: uitleg\nquestion: Eerste vraag?\nanswer: true\n```\n");
        var builder = new IncrementalBuilder(site.Settings());
        await builder.RebuildAsync([]);

        site.Page("basis/uitleg.md", "Uitleg", "```quiz\nid: uitleg\nquestion: Tweede vraag?\nanswer: false\n```\n");
        var outcome = await builder.RebuildAsync([Path.Combine(site.InputDirectory, "basis", "uitleg.md")]);
        var incremental = site.Snapshot();

        Assert.Equal(["export/uitleg.gift", "export/uitleg.moodle.xml", "export/uitleg.qti.zip"],
            outcome.Changed.Where(p => p.StartsWith("export/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Contains("Tweede vraag?", site.Read("export/uitleg.gift"), StringComparison.Ordinal);
        await site.BuildAsync();
        Assert.Equal(site.Snapshot(), incremental);
    }

    [Fact]
    public async Task A_quiz_id_made_unique_again_gets_its_export_back()
    {
        const string Quiz = "```quiz\nid: dubbel\nquestion: Klopt dit?\nanswer: true\n```\n";
        using var site = ThreePages().Page("index.md", "Start", Quiz).Page("basis/uitleg.md", "Uitleg", Quiz);
        var builder = new IncrementalBuilder(site.Settings());
        var twice = await builder.RebuildAsync([]);
        Assert.False(twice.Report.Succeeded);

        site.Page("basis/uitleg.md", "Uitleg", "Geen quiz meer.");
        var once = await builder.RebuildAsync([Path.Combine(site.InputDirectory, "basis", "uitleg.md")]);

        Assert.True(once.Report.Succeeded, string.Join('\n', once.Report.Diagnostics));
        Assert.Contains("Klopt dit?", site.Read("export/dubbel.gift"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("input/_site.yml", true)]
    [InlineData("input/_glossary.yml", true)]
    [InlineData("input/_data/x.yml", true)]
    [InlineData("theme/layouts/page.liquid", true)]
    [InlineData("theme", true)]
    [InlineData("input", true)]
    [InlineData("input/basis/uitleg.md", false)]
    [InlineData("input/plaatje.png", false)]
    public void Settings_glossary_and_theme_changes_need_a_full_rebuild(string path, bool full)
    {
        var settings = new StatiqSite.Pipeline.BuildSettings { InputDirectory = "/site/input", ThemeDirectory = "/site/theme", OutputDirectory = "/site/output" };

        Assert.Equal(full, new IncrementalBuilder(settings).NeedsFullRebuild(Path.Combine("/site", path)));
    }

    private static TestSite ThreePages() =>
        new TestSite().Page("index.md", "Start", "Welkom.").Page("basis/index.md", "Basis", "Over de basis.").Page("basis/uitleg.md", "Uitleg", "Tekst.");

    /// <summary>The HTML pages among changed files (the search index, data fetched on demand, changes with any text).</summary>
    private static IEnumerable<string> Pages(IEnumerable<string> changed) => changed.Where(p => p.EndsWith(".html", StringComparison.Ordinal));
}
