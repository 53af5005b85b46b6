using CorpusGenerator;
using StatiqSite.Build;
using StatiqSite.Content;
using StatiqSite.Pipeline;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Bench;

/// <summary>The benchmark's corpus generator (bench/CorpusGenerator) writes a valid, deterministic site.</summary>
public class CorpusGeneratorTests
{
    private static readonly Corpus Small = new() { Pages = 30, Terms = 40, Seed = 7 };

    [Fact]
    public void The_same_seed_gives_the_same_files()
    {
        Assert.Equal(Small.Files().ToList(), new Corpus { Pages = 30, Terms = 40, Seed = 7 }.Files().ToList());
        Assert.NotEqual(Small.Files().ToList(), new Corpus { Pages = 30, Terms = 40, Seed = 8 }.Files().ToList());
    }

    [Fact]
    public async Task The_generated_site_builds_without_errors_or_warnings()
    {
        using var site = new TestSite(withSettings: false);
        Small.WriteTo(site.InputDirectory);

        var report = await new SiteBuild().RunAsync(site.Settings());

        Assert.Empty(report.Diagnostics);
        Assert.Equal(30, report.Result.Outputs[PipelineNames.Content].Count(p => p.Source?.EndsWith(".md", StringComparison.Ordinal) == true));
        var links = report.Result.Outputs[PipelineNames.Content].SelectMany(p => p.GetList(Keys.Links)).ToList();
        Assert.InRange(links.Count, 3 * 30, 5 * 30);
        Assert.Contains(links, l => l.Anchor is not null); // anchors are validated by the build, so they match the heading ids
    }

    [Fact]
    public void Every_page_has_a_quiz_with_every_question_type_and_a_unique_id()
    {
        var pages = Small.Files().Where(f => f.Path.EndsWith(".md", StringComparison.Ordinal)).ToList();

        Assert.All(pages, p => Assert.Contains("```quiz\nid: quiz-", p.Text, StringComparison.Ordinal));
        Assert.All(pages, p => Assert.All(
            new[] { "type: single", "type: multiple", "type: truefalse", "type: reflection" },
            type => Assert.Contains(type, p.Text, StringComparison.Ordinal)));
        var ids = pages.Select(p => p.Text.Split("```quiz\nid: ")[1].Split('\n')[0]).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Every_glossary_term_is_used_in_the_text()
    {
        var files = Small.Files().ToList();
        var glossary = files.Single(f => f.Path == "_glossary.yml").Text;
        var text = string.Join('\n', files.Where(f => f.Path.EndsWith(".md", StringComparison.Ordinal)).Select(f => f.Text));

        var terms = glossary.Split('\n').Where(l => l.StartsWith("- term: ", StringComparison.Ordinal)).Select(l => l["- term: ".Length..]).ToList();

        Assert.Equal(40, terms.Count);
        Assert.All(terms, t => Assert.Contains(t, text, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_folder_not_made_by_the_generator_is_not_overwritten()
    {
        using var site = new TestSite();

        Assert.Throws<IOException>(() => Small.WriteTo(site.InputDirectory));
        Assert.True(File.Exists(Path.Combine(site.InputDirectory, "_site.yml")));
    }
}
