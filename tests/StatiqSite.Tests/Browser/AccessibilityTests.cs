using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace StatiqSite.Tests.Browser;

/// <summary>axe-core finds no serious or critical accessibility problem on any page, in light or dark mode.</summary>
public sealed class AccessibilityTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static readonly string[] Blocking = ["serious", "critical"];

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task No_page_has_serious_or_critical_axe_violations(ColorScheme scheme)
    {
        var perPage = await VisitAllAsync(Fixture.Pages.Append(BrowserFixture.NotFoundPage).ToList(), new() { ColorScheme = scheme }, async (page, sitePath) =>
            (await page.RunAxe()).Violations.Where(v => Blocking.Contains(v.Impact)).Select(v => Describe(sitePath, v)).ToList());
        var violations = perPage.SelectMany(v => v).ToList();
        Assert.True(violations.Count == 0, $"axe-core violations ({scheme}):\n{string.Join('\n', violations)}");
    }

    private static string Describe(string sitePath, AxeResultItem violation) =>
        $"/{sitePath}: {violation.Id} ({violation.Impact}) {violation.Help}: " +
        string.Join(", ", violation.Nodes.Select(n => n.Target.ToString()));
}
