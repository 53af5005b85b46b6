using AngleSharp.Dom;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Quizzes.Kinds;

/// <summary>
/// <c>type: selfrating</c> as the build writes it: a radio group per statement (from a glossary term's behaviours
/// or written), one radio per label of the scale, a "Bewaar" button, an answer key that says there is no right
/// answer; its version and statement keys; and its part of /voortgang/.
/// </summary>
public sealed class SelfRatingKindTests
{
    private const string Glossary = """
        - term: Professionele afstand
          id: professionele-afstand
          definition: Betrokken zijn en toch afstand bewaren.
          behaviours:
            - Luistert met aandacht.
            - Houdt zich aan <b>grenzen</b>.
        """;

    private static string Block(string statements, string scale = "") => $"""
        ```quiz
        id: zelf
        questions:
          - question: Hoe goed beheers je dit?
            type: selfrating
            {statements}
        {(scale.Length > 0 ? "    scale: " + scale + "\n" : "")}```

        """;

    private static async Task<IElement> BuildAsync(TestSite site, string block)
    {
        site.Write("_glossary.yml", Glossary).Page("index.md", "Home", "Professionele afstand.\n\n" + block);
        var report = await site.BuildAsync();
        Assert.Empty(Errors.Of(report, site));
        return site.Html("index.html").QuerySelector("[data-type='selfrating']")!;
    }

    [Fact]
    public async Task The_behaviours_of_a_term_are_statements_each_a_radio_group_with_one_radio_per_label()
    {
        using var site = new TestSite();

        var question = await BuildAsync(site, Block("behaviours_of: professionele-afstand", "[Nooit, Soms, Altijd]"));

        var statements = question.QuerySelectorAll("fieldset.selfrating-statement");
        Assert.Equal(["Luistert met aandacht.", "Houdt zich aan <b>grenzen</b>."], statements.Select(s => s.QuerySelector("legend")!.TextContent));
        foreach (var statement in statements)
        {
            var radios = statement.QuerySelectorAll("input[type=radio]");
            Assert.Equal(["0", "1", "2"], radios.Select(r => r.GetAttribute("value")));
            Assert.Single(radios.Select(r => r.GetAttribute("name")).Distinct());
            Assert.Equal(["Nooit", "Soms", "Altijd"], radios.Select(r => statement.QuerySelector($"label[for='{r.Id}']")!.TextContent));
            Assert.Matches("^[0-9a-f]{8}$", statement.GetAttribute("data-statement-key"));
        }

        Assert.Equal("Bewaar", question.QuerySelector(".quiz-check")!.TextContent);
        Assert.Null(question.QuerySelector("[data-correct]"));
        Assert.Contains("geen goed of fout antwoord", question.QuerySelector("details")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(site.Html("index.html").QuerySelectorAll("link[rel=stylesheet]"), l => l.GetAttribute("href")!.Contains("selfrating", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_a_page_with_a_self_rating_loads_its_stylesheet()
    {
        using var site = new TestSite().Page("index.md", "Home", "```quiz\nquestion: Klopt dit?\nanswer: true\n```\n");

        var report = await site.BuildAsync();

        Assert.Empty(Errors.Of(report, site));
        var sheets = site.Html("index.html").QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).ToList();
        Assert.Contains(sheets, h => h.Contains("quiz", StringComparison.Ordinal));
        Assert.DoesNotContain(sheets, h => h.Contains("selfrating", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_scale_the_default_four_labels_are_used_and_written_statements_are_markdown()
    {
        using var site = new TestSite();

        var question = await BuildAsync(site, Block("statements: [Ik benoem mijn **grens**., Ik vraag hulp.]"));

        Assert.Equal("grens", question.QuerySelector(".selfrating-statement legend strong")!.TextContent);
        Assert.Equal(["Nog niet", "Soms", "Meestal", "Altijd"], question.QuerySelectorAll(".selfrating-statement")[0].QuerySelectorAll("label").Select(l => l.TextContent));
    }

    [Fact]
    public async Task An_edited_statement_gets_a_new_key_the_others_and_the_version_stay_a_new_scale_is_a_new_version()
    {
        using var first = new TestSite();
        using var edited = new TestSite();
        using var rescaled = new TestSite();

        var before = await BuildAsync(first, Block("statements: [Een., Twee.]"));
        var after = await BuildAsync(edited, Block("statements: [Een., Twee anders.]"));
        var other = await BuildAsync(rescaled, Block("statements: [Een., Twee.]", "[Nee, Ja]"));

        string[] Keys(IElement q) => [.. q.QuerySelectorAll("[data-statement-key]").Select(s => s.GetAttribute("data-statement-key")!)];
        Assert.Equal(Keys(before)[0], Keys(after)[0]);
        Assert.NotEqual(Keys(before)[1], Keys(after)[1]);
        Assert.Equal(before.GetAttribute("data-question-version"), after.GetAttribute("data-question-version"));
        Assert.NotEqual(before.GetAttribute("data-question-version"), other.GetAttribute("data-question-version"));
    }

    [Fact]
    public async Task A_statement_written_twice_gets_a_key_of_its_own_each_time()
    {
        using var site = new TestSite();

        var question = await BuildAsync(site, Block("statements: [Ik vraag hulp., Ik vraag hulp.]"));

        Assert.Equal(2, question.QuerySelectorAll("[data-statement-key]").Select(s => s.GetAttribute("data-statement-key")).Distinct().Count());
    }

    [Fact]
    public async Task Voortgang_groups_ratings_by_competency_and_a_rating_of_its_own_statements_under_its_question()
    {
        using var site = new TestSite();
        await BuildAsync(site, Block("behaviours_of: professionele-afstand") + "\n" + """
            ```quiz
            id: eigen
            question: Hoe vaak doe je dit?
            type: selfrating
            statements: [Ik benoem mijn grens.]
            ```

            """);

        var progress = site.Html("voortgang/index.html");
        var groups = progress.QuerySelectorAll(".selfrating-competency");
        Assert.Equal(["professionele-afstand", "eigen/1"], groups.Select(g => g.GetAttribute("data-competency")));
        Assert.Equal(["Professionele afstand", "Hoe vaak doe je dit?"], groups.Select(g => g.QuerySelector("h3")!.TextContent));
        Assert.Equal(["Luistert met aandacht.", "Houdt zich aan <b>grenzen</b>."], groups[0].QuerySelectorAll("tbody th").Select(t => t.TextContent));
        var widget = site.Html("index.html").QuerySelector("[data-type='selfrating']")!;
        Assert.Equal(widget.QuerySelectorAll("[data-statement-key]").Select(s => s.GetAttribute("data-statement-key")),
            groups[0].QuerySelectorAll("tbody tr").Select(r => r.GetAttribute("data-statement-key")));
        Assert.Equal("0", progress.QuerySelector("li[data-quiz-id='zelf']")!.GetAttribute("data-quiz-total"));
    }
}
