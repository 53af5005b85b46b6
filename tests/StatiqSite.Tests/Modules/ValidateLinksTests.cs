using System.Text.Json;
using StatiqSite.Tests.Search;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Modules;

public class ValidateLinksTests
{
    /// <summary>Links as contributors write them after reading GitHub's preview: its anchors, folded ones, and written ids.</summary>
    private static TestSite AnchorSite() => new TestSite()
        .Page("index.md", "Home",
            "[GitHub](regels.md#advies-aan-cliënten), [gevouwen](regels.md#advies-aan-clienten), [escaped](regels.md#advies-aan-cli%C3%ABnten), " +
            "[vragen](regels.md#wat-nu-vragen--antwoorden), [eigen](regels.md#eigen-id), [hier](#reële-zaken), [hier gevouwen](#reele-zaken).\n\n## Reële zaken\n\nTekst.\n")
        .Page("regels.md", "Regels", "## Advies aan cliënten\n\nTekst.\n\n## Wat nu? Vragen & antwoorden\n\nTekst.\n\n## Zelf gekozen {#eigen-id}\n\nTekst.\n");

    [Fact]
    public async Task GitHub_folded_and_written_anchors_all_lead_to_their_heading()
    {
        using var site = AnchorSite();

        var report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        var links = site.Html("index.html").QuerySelectorAll(".prose a").Select(a => Uri.UnescapeDataString(a.GetAttribute("href")!)).ToList();
        Assert.Equal(
            [
                "regels/index.html#advies-aan-cliënten", "regels/index.html#advies-aan-cliënten", "regels/index.html#advies-aan-cliënten",
                "regels/index.html#wat-nu-vragen--antwoorden", "regels/index.html#eigen-id", "#reële-zaken", "#reële-zaken",
            ],
            links);
    }

    [Fact]
    public async Task Every_fragment_in_links_the_toc_and_search_names_an_id_on_its_page()
    {
        using var site = AnchorSite();

        await site.BuildAsync();

        var rules = site.Html("regels/index.html");
        var ids = rules.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
        var toc = rules.QuerySelectorAll("nav a[href^='#']").Select(a => Uri.UnescapeDataString(a.GetAttribute("href")![1..])).ToList();
        Assert.Contains("advies-aan-cliënten", toc);
        Assert.All(toc, fragment => Assert.Contains(fragment, ids));
        var entries = Directory.GetFiles(Path.Combine(site.OutputDirectory, "search"), "docs-*.js")
            .SelectMany(file => IndexScript.Data("search/" + Path.GetFileName(file), File.ReadAllText(file)).Deserialize<string[][]>()!);
        var anchors = entries.Where(e => e[1] == "regels/index.html" && e[2].Length > 0).Select(e => e[2]).ToList();
        Assert.Equal(["advies-aan-cliënten", "eigen-id", "wat-nu-vragen--antwoorden"], anchors.Order(StringComparer.Ordinal));
        Assert.All(anchors, anchor => Assert.Contains(anchor, ids));
    }
}
