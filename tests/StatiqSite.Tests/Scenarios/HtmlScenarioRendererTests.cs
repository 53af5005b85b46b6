using AngleSharp.Dom;
using StatiqSite.Search;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Scenarios;

/// <summary>A scenario's HTML as the build writes it from theme/partials/scenario.liquid: every step on the page, each choice a link.</summary>
public sealed class HtmlScenarioRendererTests
{
    private const string Scenario = """
        ```scenario
        id: balie
        title: Casus aan de *balie*
        start: begin
        steps:
          - id: gesprek
            text: Hij kalmeert en vraagt naar zijn uitkering.
            choices:
              - text: Je belooft het vandaag te regelen.
                outcome: Goed bedoeld, maar dat hoort niet bij je rol. Zie [de afspraken](andere.md).
              - text: Je legt uit wie het regelt.
                outcome: Je bleef betrokken en binnen je **rol**.
          - id: begin
            text: Een cliënt schreeuwt over empathie. <script>alert(1)</script>
            choices:
              - text: Je schreeuwt terug <img src=x onerror=alert(1)>
                next: escalatie
              - text: Je blijft rustig.
                next: gesprek
          - id: escalatie
            text: Een collega moet ingrijpen.
            outcome: Je liet je meeslepen.
        ```
        """;

    private const string Glossary = """
        - term: Empathie
          definition: Je inleven in wat een ander voelt.
        """;

    private static async Task<IElement> BuildScenario(TestSite site)
    {
        site.Page("index.md", "Home", "Over empathie.\n\n" + Scenario + "\n").Page("andere.md", "Andere", "Geen casus hier.\n")
            .Write("_glossary.yml", Glossary + "\n");
        var report = await site.BuildAsync();
        Assert.Empty(Errors.Of(report, site));
        return site.Html("index.html").QuerySelector("[data-scenario]")!;
    }

    [Fact]
    public async Task Root_carries_id_anchor_version_and_the_title_as_heading()
    {
        using var site = new TestSite();
        var scenario = await BuildScenario(site);

        Assert.Equal("balie", scenario.GetAttribute("data-scenario"));
        Assert.Equal("casus-balie", scenario.Id);
        Assert.Matches("^[0-9a-f]{10}$", scenario.GetAttribute("data-scenario-version"));
        Assert.Equal("balie-stap-begin", scenario.GetAttribute("data-scenario-start"));
        Assert.Equal("balie", scenario.QuerySelector("h2 em")!.TextContent);
        Assert.Equal(scenario.QuerySelector("h2")!.Id, scenario.GetAttribute("aria-labelledby"));
    }

    [Fact]
    public async Task Every_step_and_outcome_is_a_section_with_a_heading_in_the_order_written()
    {
        using var site = new TestSite();
        var scenario = await BuildScenario(site);

        var sections = scenario.QuerySelectorAll("section.scenario-step");
        Assert.Equal(
            ["balie-stap-gesprek", "balie-stap-gesprek-uitkomst-1", "balie-stap-gesprek-uitkomst-2", "balie-stap-begin", "balie-stap-escalatie"],
            sections.Select(s => s.Id));
        Assert.Equal(["Stap 1", "Afloop", "Afloop", "Stap 2", "Stap 3"], sections.Select(s => s.QuerySelector("h3")!.TextContent));
        Assert.All(sections, s => Assert.Equal(s.QuerySelector("h3")!.Id, s.GetAttribute("aria-labelledby")));
        Assert.Equal(["balie-stap-begin"], scenario.QuerySelectorAll(".scenario-start").Select(s => s.Id));
    }

    [Fact]
    public async Task Each_choice_is_a_link_to_the_section_it_leads_to()
    {
        using var site = new TestSite();
        var scenario = await BuildScenario(site);

        var links = scenario.QuerySelectorAll("a.scenario-choice")
            .ToDictionary(a => a.TextContent.Trim(), a => a.GetAttribute("href"));
        Assert.Equal("#balie-stap-escalatie", links["Je schreeuwt terug <img src=x onerror=alert(1)>"]);
        Assert.Equal("#balie-stap-gesprek", links["Je blijft rustig."]);
        Assert.Equal("#balie-stap-gesprek-uitkomst-1", links["Je belooft het vandaag te regelen."]);
        Assert.All(links.Values, href => Assert.NotNull(scenario.QuerySelector($"section{href}")));
    }

    [Fact]
    public async Task An_outcome_shows_an_icon_and_words_and_links_back_to_the_start()
    {
        using var site = new TestSite();
        var scenario = await BuildScenario(site);

        var ends = scenario.QuerySelectorAll("section.scenario-end");
        Assert.Equal(3, ends.Length);
        foreach (var end in ends)
        {
            var mark = end.QuerySelector(".scenario-end-mark")!;
            Assert.Equal("true", mark.QuerySelector(".scenario-icon")!.GetAttribute("aria-hidden"));
            Assert.EndsWith("Einde van de casus", mark.TextContent.Trim(), StringComparison.Ordinal);
            Assert.Equal("#balie-stap-begin", end.QuerySelector(".scenario-again a")!.GetAttribute("href"));
            Assert.Empty(end.QuerySelectorAll("a.scenario-choice"));
        }

        Assert.Equal("Je koos: Je legt uit wie het regelt.", ends[1].QuerySelector(".scenario-chosen")!.TextContent.Trim());
        Assert.Equal("rol", ends[1].QuerySelector(".scenario-outcome strong")!.TextContent);
    }

    [Fact]
    public async Task Text_from_yaml_is_escaped_and_links_in_it_are_rewritten()
    {
        using var site = new TestSite();
        var scenario = await BuildScenario(site);

        Assert.Empty(scenario.QuerySelectorAll("script, img"));
        Assert.Contains("<script>alert(1)</script>", scenario.QuerySelector("#balie-stap-begin .scenario-text")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("andere/index.html", scenario.QuerySelector("#balie-stap-gesprek-uitkomst-1 .scenario-outcome a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Glossary_terms_are_linked_in_the_page_but_never_inside_the_scenario()
    {
        using var site = new TestSite();
        var scenario = await BuildScenario(site);

        Assert.NotEmpty(site.Html("index.html").QuerySelectorAll(".prose > p a[href*='begrippen']"));
        Assert.Empty(scenario.QuerySelectorAll("a[href*='begrippen']"));
    }

    [Fact]
    public async Task The_controls_and_live_region_are_there_from_load_and_the_script_only_on_pages_with_a_scenario()
    {
        using var site = new TestSite();
        var scenario = await BuildScenario(site);

        Assert.Equal(["Terug", "Opnieuw beginnen"], scenario.QuerySelectorAll(".scenario-controls button[hidden]").Select(b => b.TextContent));
        var status = scenario.QuerySelector(".scenario-status")!;
        Assert.Equal(("status", "polite", ""), (status.GetAttribute("role"), status.GetAttribute("aria-live"), status.TextContent));
        Assert.Single(site.Html("index.html").QuerySelectorAll("script[src*='scenario.']"));
        Assert.Single(site.Html("index.html").QuerySelectorAll("link[href*='scenario.']"));
        Assert.Empty(site.Html("andere/index.html").QuerySelectorAll("script[src*='scenario.'], link[href*='scenario.']"));
    }

    [Fact]
    public async Task Without_an_id_or_start_a_scenario_takes_the_page_default_and_its_first_step()
    {
        using var site = new TestSite();
        site.Page("index.md", "Home", """
            ```scenario
            steps:
              - id: eerst
                text: Wat doe je?
                choices:
                  - text: Dit.
                    outcome: Goed.
                  - text: Dat.
                    outcome: Ook goed.
            ```
            """);

        Assert.Empty(Errors.Of(await site.BuildAsync(), site));
        var scenario = site.Html("index.html").QuerySelector("[data-scenario]")!;
        Assert.Equal("start-casus-1", scenario.GetAttribute("data-scenario"));
        Assert.Equal("start-casus-1-stap-eerst", scenario.GetAttribute("data-scenario-start"));
        Assert.Equal("Casus", scenario.QuerySelector("h2")!.TextContent);
    }

    [Fact]
    public async Task Search_finds_a_scenario_by_its_title_and_steps_but_not_its_outcomes()
    {
        using var site = new TestSite();
        site.Page("index.md", "Home", "Over empathie.\n\n" + Scenario + "\n").Page("andere.md", "Andere", "Geen casus hier.\n");

        var report = await site.BuildAsync(dryRun: true);

        var page = report.Result.Outputs[StatiqSite.Content.PipelineNames.Content].Single(d => d.Destination == "index.html");
        var entry = Assert.Single(page.GetList(SearchKeys.Entries), e => e.Anchor == "casus-balie");
        Assert.Equal("Casus aan de balie", entry.Heading);
        Assert.Contains("Een collega moet ingrijpen.", entry.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("meeslepen", entry.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_input_gives_the_same_bytes()
    {
        using var first = new TestSite();
        using var second = new TestSite();
        await BuildScenario(first);
        await BuildScenario(second);

        Assert.Equal(first.Read("index.html"), second.Read("index.html"));
    }
}
