using Microsoft.Playwright;

namespace StatiqSite.Tests.Support;

/// <summary>
/// A headless Chromium driven by Playwright, shared by a test class as a fixture. It uses the machine's
/// Chromium (<c>CHROMIUM_PATH</c>, else <c>/usr/bin/chromium</c>) rather than downloading one; without it the
/// browser tests are skipped with a message saying what to install.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    /// <summary>The host output files are served under; requests to it are answered from the output folder.</summary>
    public const string Origin = "http://site.test";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The Chromium used, when there is one.</summary>
    public static string? Executable { get; } =
        new[] { Environment.GetEnvironmentVariable("CHROMIUM_PATH"), "/usr/bin/chromium", "/usr/bin/chromium-browser" }
            .FirstOrDefault(p => p is { Length: > 0 } && File.Exists(p));

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        if (Executable is null)
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = Executable, Args = ["--no-sandbox"] });
    }

    /// <summary>
    /// A new page of the given width showing <paramref name="page"/> of the site in <paramref name="outputDirectory"/>
    /// (served over http, since module scripts do not run from file:// URLs).
    /// </summary>
    public async Task<IPage> OpenAsync(string outputDirectory, string page, int width, bool javaScript = true)
    {
        Assert.SkipWhen(_browser is null, "No Chromium found: install it (apt-get install chromium) or set CHROMIUM_PATH.");
        var context = await _browser!.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 }, JavaScriptEnabled = javaScript });
        await context.RouteAsync(Origin + "/**", route =>
        {
            var path = new Uri(route.Request.Url).AbsolutePath.TrimStart('/');
            var file = Path.Combine(outputDirectory, path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path);
            return File.Exists(file)
                ? route.FulfillAsync(new() { Path = file })
                : route.FulfillAsync(new() { Status = 404 });
        });
        var tab = await context.NewPageAsync();
        await tab.GotoAsync($"{Origin}/{page}");
        return tab;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
