using Microsoft.Playwright;
using StatiqSite.Build;
using StatiqSite.Content;
using StatiqSite.Pipeline;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Browser;

/// <summary>
/// Shared by every browser test of a run: the real site (<c>input/</c> with the repository's theme) built once
/// into a temporary folder and served by <see cref="StaticSiteServer"/>, and one Chromium launched once. Each test
/// opens its own browser context (<see cref="BrowserTest"/>), so tests share no cookies, storage or state.
/// Without a Chromium nothing is built or launched and every browser test skips, or fails under
/// <c>STATIQSITE_REQUIRE_BROWSER=1</c>.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    // Root on a closed network: no sandbox (needs user namespaces), no GPU, nothing that phones home.
    private static readonly string[] LaunchArguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("statiqsite-browser-").FullName;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private StaticSiteServer? _site;

    /// <summary>The served real site.</summary>
    public StaticSiteServer Site => _site ?? throw new InvalidOperationException("Call RequireBrowser first.");

    /// <summary>The site paths of the real site's pages (<c>""</c> for home, <c>basis/</c>, ...), without 404.html.</summary>
    public IReadOnlyList<string> Pages { get; private set; } = [];

    /// <summary>The site paths of the pages in the navigation, the ones prev/next links walk through.</summary>
    public IReadOnlyList<string> NavigationPages { get; private set; } = [];

    /// <summary>The site path of the not-found page.</summary>
    public const string NotFoundPage = "404.html";

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        if (ChromiumExecutable.Find() is not { } chromium)
        {
            return;
        }

        var output = Path.Combine(_folder, "output");
        var report = await BuildAsync(Repository.Input, output);
        Pages = PagesOf(output);
        NavigationPages = [.. report.Result.Outputs[PipelineNames.Content]
            .Where(d => !d.Get(Keys.Hidden))
            .Select(d => PageUrls.CleanUrlOf(d.Destination))
            .Order(StringComparer.Ordinal)];
        _site = await StaticSiteServer.StartAsync(output);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true, Args = LaunchArguments });
    }

    /// <summary>The browser; skips the calling test when there is none (fails it when a browser is required).</summary>
    public IBrowser RequireBrowser()
    {
        if (_browser is not null)
        {
            return _browser;
        }

        var reason = "Browser tests need Chromium: " + ChromiumExecutable.MissingReason;
        if (ChromiumExecutable.Required)
        {
            Assert.Fail(reason + $" ({ChromiumExecutable.RequireVariable}=1, so this is a failure, not a skip).");
        }

        Assert.Skip(reason);
        return null!;
    }

    /// <summary>Builds a site with the real pipelines and the repository's theme; a build error fails the test run.</summary>
    public static async Task<BuildReport> BuildAsync(string input, string output)
    {
        var report = await new SiteBuild().RunAsync(new BuildSettings { InputDirectory = input, ThemeDirectory = Repository.Theme, OutputDirectory = output });
        var errors = report.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => $"{d.Path}:{d.Line}:{d.Column}: {d.Message}").ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The site for the browser tests does not build:\n" + string.Join('\n', errors));
        }

        return report;
    }

    /// <summary>The clean site paths of a built site's pages, in a stable order.</summary>
    public static IReadOnlyList<string> PagesOf(string output) =>
        [.. Directory.EnumerateFiles(output, "index.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, Path.GetDirectoryName(f)!).Replace('\\', '/'))
            .Select(dir => dir == "." ? "" : dir + "/")
            .Order(StringComparer.Ordinal)];

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }
}
