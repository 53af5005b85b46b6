using Microsoft.Playwright;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Browser;

/// <summary>
/// Base class of the browser tests: opens pages of the served site, each test in fresh browser contexts, and when
/// a test fails saves a screenshot of every page it had open to
/// <c>TestResults/screenshots/&lt;Class&gt;.&lt;Test&gt;[-n].png</c> in the test's output folder.
/// </summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(BrowserFixture fixture) : IAsyncLifetime
{
    /// <summary>The viewport of a phone (iPhone 12 to 15).</summary>
    protected static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    // Bounds every wait: a missing element fails the test in seconds instead of Playwright's default 30.
    private const float TimeoutMilliseconds = 10_000;

    // Tabs open at once in VisitAllAsync: on two busy cores three took the axe test from 40 s to 29 s.
    private const int Tabs = 3;

    private readonly List<IBrowserContext> _contexts = [];
    private readonly List<StaticSiteServer> _servers = [];

    /// <summary>The shared site and browser.</summary>
    protected BrowserFixture Fixture { get; } = fixture;

    /// <summary>A new page in its own context; skips the test when there is no browser.</summary>
    protected async Task<IPage> NewPageAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Fixture.RequireBrowser().NewContextAsync(options ?? new BrowserNewContextOptions());
        context.SetDefaultTimeout(TimeoutMilliseconds);
        _contexts.Add(context);
        return await context.NewPageAsync();
    }

    /// <summary>Opens a page of the site (<c>""</c> for home, <c>basis/</c>, ...) and waits until it has loaded.</summary>
    protected async Task<IPage> OpenAsync(string sitePath, BrowserNewContextOptions? options = null)
    {
        var page = await NewPageAsync(options);
        await GoToAsync(page, sitePath);
        return page;
    }

    /// <summary>
    /// Runs <paramref name="visit"/> on each page of the real site (served by <paramref name="site"/> when given), a
    /// few tabs of one context at a time (a page mostly waits on loading and on the browser's own threads), and
    /// returns the results in page order.
    /// </summary>
    protected async Task<IReadOnlyList<T>> VisitAllAsync<T>(IReadOnlyList<string> sitePaths, BrowserNewContextOptions? options, Func<IPage, string, Task<T>> visit, StaticSiteServer? site = null)
    {
        var first = await NewPageAsync(options);
        var tabs = new List<IPage> { first };
        for (var i = 1; i < Math.Min(Tabs, sitePaths.Count); i++)
        {
            tabs.Add(await first.Context.NewPageAsync());
        }

        var results = new T[sitePaths.Count];
        var nextIndex = -1;
        await Task.WhenAll(tabs.Select(async tab =>
        {
            for (var i = Interlocked.Increment(ref nextIndex); i < sitePaths.Count; i = Interlocked.Increment(ref nextIndex))
            {
                await GoToAsync(tab, sitePaths[i], site);
                results[i] = await visit(tab, sitePaths[i]);
            }
        }));
        return results;
    }

    /// <summary>Navigates to a page of the real site, or of <paramref name="site"/>; fails on an HTTP error.</summary>
    protected async Task GoToAsync(IPage page, string sitePath, StaticSiteServer? site = null)
    {
        var response = await page.GotoAsync((site ?? Fixture.Site).Url(sitePath));
        Assert.True(response is { Ok: true }, $"GET /{sitePath} answered {response?.Status}");
    }

    /// <summary>
    /// Builds a small site made for one scenario (see <see cref="TestSite"/>) and serves it like the real one, for
    /// behaviour the real content does not show. The server stops when the test ends.
    /// </summary>
    protected async Task<StaticSiteServer> ServeAsync(TestSite site)
    {
        Fixture.RequireBrowser();
        var report = await site.BuildAsync();
        Assert.True(report.Succeeded, "The scenario's site does not build:\n" + string.Join('\n', Errors.Of(report, site)));
        var server = await StaticSiteServer.StartAsync(site.OutputDirectory);
        _servers.Add(server);
        return server;
    }

    /// <summary>The site path of a page's current URL (<c>basis/</c>), for messages and comparisons.</summary>
    protected string SitePathOf(IPage page) => Fixture.Site.SitePathOf(page.Url);

    /// <inheritdoc />
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (TestContext.Current.TestState?.Result == TestResult.Failed)
        {
            await SaveScreenshotsAsync();
        }

        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }

        foreach (var server in _servers)
        {
            await server.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    private async Task SaveScreenshotsAsync()
    {
        // "AccessibilityTests.No_page_has_..._violations_scheme_Dark_": the class, the test and a theory's data.
        var display = TestContext.Current.Test?.TestDisplayName ?? "test";
        var start = Math.Max(0, display.IndexOf(GetType().Name, StringComparison.Ordinal));
        var name = string.Concat(display[start..]
            .Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' ? c : '_'));
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        var pages = _contexts.SelectMany(c => c.Pages).ToList();
        for (var i = 0; i < pages.Count; i++)
        {
            var file = Path.Combine(folder, pages.Count == 1 ? name + ".png" : $"{name}-{i + 1}.png");
            await pages[i].ScreenshotAsync(new() { Path = file, FullPage = true });
            TestContext.Current.TestOutputHelper?.WriteLine($"Screenshot of {pages[i].Url}: {file}");
        }
    }
}
