using AngleSharp.Html.Parser;
using StatiqSite.Content;
using StatiqSite.Markdown;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Markdown;

public class AssignHeadingIdsTests
{
    private static List<string> IdsOf(string html) =>
        [.. new HtmlParser().ParseDocument(html).QuerySelectorAll("[id]").Select(e => e.Id!)];

    [Fact]
    public void Headings_get_GitHubs_ids_with_accents_kept()
    {
        var (html, metadata, problems) = MarkdownRun.Render("## Advies aan cliënten\n\n## Wat nu? Vragen & antwoorden\n", new AssignHeadingIds());

        Assert.Empty(problems);
        Assert.Equal(["advies-aan-cliënten", "wat-nu-vragen--antwoorden"], IdsOf(html));
        Assert.Equal(["advies-aan-cliënten", "wat-nu-vragen--antwoorden"], metadata.GetList(Keys.Headings).Select(h => h.Id));
        Assert.Equal(["advies-aan-cliënten", "wat-nu-vragen--antwoorden"], metadata.Get(Keys.Anchors)!.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Repeated_headings_are_numbered_as_on_GitHub()
    {
        var (html, _, _) = MarkdownRun.Render("## Tip\n\n## Tip\n\n## Tip 1\n\n## Tip\n", new AssignHeadingIds());

        // GitHub: the third heading "Tip 1" is "tip-1" already taken, so it becomes "tip-1-1"; the fourth "tip-2".
        Assert.Equal(["tip", "tip-1", "tip-1-1", "tip-2"], IdsOf(html));
    }

    [Fact]
    public void A_written_id_is_kept_and_automatic_ids_avoid_it()
    {
        var (html, _, problems) = MarkdownRun.Render("## Eerste {#advies}\n\n## Advies\n", new AssignHeadingIds());

        Assert.Empty(problems);
        Assert.Equal(["advies", "advies-1"], IdsOf(html));
    }

    [Fact]
    public void A_heading_with_the_text_of_a_layout_id_is_numbered()
    {
        var (html, _, problems) = MarkdownRun.Render("## Inhoud\n", new AssignHeadingIds());

        Assert.Empty(problems);
        Assert.Equal(["inhoud-1"], IdsOf(html));
    }

    [Fact]
    public void A_written_layout_id_or_a_written_id_twice_is_an_error_at_its_heading()
    {
        var (_, _, problems) = MarkdownRun.Render("# Kop\n\n## Een {#inhoud}\n\n## Twee {#vraag}\n\n## Drie {#vraag}\n", new AssignHeadingIds());

        Assert.Equal(
            [
                "pagina.md:3:1: the heading id 'inhoud' is already used by the page layout (theme/): choose another id in {#...}",
                "pagina.md:7:1: the heading id 'vraag' is already used by the heading on line 5: give each heading its own id",
            ],
            problems.Select(p => p.ToString()));
    }

    [Fact]
    public void The_layout_ids_are_the_ids_the_theme_writes()
    {
        var theme = new[] { "layouts", "partials" }
            .SelectMany(f => Directory.EnumerateFiles(Path.Combine(Repository.Theme, f), "*.liquid"))
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), "\\bid=\"([^\"{]+)\"").Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Equal(theme.Order(StringComparer.Ordinal), AssignHeadingIds.LayoutIds.ToList());
    }

    [Fact]
    public void A_thousand_equal_headings_get_a_thousand_ids()
    {
        var body = string.Concat(Enumerable.Repeat("## Vraag\n\n", 1000));

        var (html, _, _) = MarkdownRun.Render(body, new AssignHeadingIds());

        var ids = IdsOf(html);
        Assert.Equal(1000, ids.Distinct().Count());
        Assert.Equal("vraag-999", ids[^1]);
    }
}
