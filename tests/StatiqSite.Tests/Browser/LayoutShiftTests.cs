using Microsoft.Playwright;

namespace StatiqSite.Tests.Browser;

/// <summary>
/// Nothing jumps when the scripts run: every page's first paint already has its final layout (see docs/theme.md,
/// "First paint"). The scripts are held back by the server, as on a slow connection, so the page is drawn before
/// they run; the cumulative layout shift (the sum of every <c>layout-shift</c> entry, an upper bound of
/// Lighthouse's CLS) must stay under 0.05 on a phone and on a desktop.
/// </summary>
public sealed class LayoutShiftTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const double Budget = 0.05;

    // Long enough for Chromium to paint the parsed page before the deferred scripts arrive.
    private static readonly TimeSpan ScriptDelay = TimeSpan.FromMilliseconds(300);

    // After load (the deferred scripts have run then): every shift so far, each with what moved, then two frames
    // more for shifts the scripts' last changes cause.
    private const string Shifts = """
        () => new Promise(resolve => {
          const shifts = [];
          new PerformanceObserver(list => {
            for (const entry of list.getEntries()) {
              if (entry.hadRecentInput) continue;
              const moved = entry.sources.map(s => s.node ? (s.node.id || s.node.className || s.node.nodeName) : '?');
              shifts.push({ value: entry.value, moved: moved.join(', ') });
            }
          }).observe({ type: 'layout-shift', buffered: true });
          requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => resolve(shifts), 50)));
        })
        """;

    [Theory]
    [InlineData(375, 740)]
    [InlineData(1280, 800)]
    public async Task No_page_shifts_its_layout_when_its_scripts_run(int width, int height)
    {
        Fixture.RequireBrowser();
        await using var slow = await StaticSiteServer.StartAsync(Fixture.Site.Root, ScriptDelay);

        var shifts = await VisitAllAsync(Fixture.Pages, new() { ViewportSize = new() { Width = width, Height = height } }, async (page, _) =>
            await page.EvaluateAsync<ShiftEntry[]>(Shifts), slow);

        var over = Fixture.Pages.Zip(shifts)
            .Select(p => (Page: p.First, Total: p.Second.Sum(s => s.Value), p.Second))
            .Where(p => p.Total >= Budget)
            .Select(p => $"/{p.Page}: {p.Total:0.000} ({string.Join("; ", p.Second.Select(s => $"{s.Value:0.000} {s.Moved}"))})")
            .ToList();
        Assert.True(over.Count == 0, $"Layout shift of {Budget} or more at {width}×{height}:\n{string.Join('\n', over)}");
    }

    /// <summary>One layout shift: its score and what moved.</summary>
    private sealed class ShiftEntry
    {
        public double Value { get; set; }

        public string Moved { get; set; } = "";
    }
}
