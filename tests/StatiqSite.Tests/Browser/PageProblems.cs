using Microsoft.Playwright;

namespace StatiqSite.Tests.Browser;

/// <summary>
/// Records what goes wrong on a page while a test uses it: uncaught JavaScript errors, console errors (which is
/// where Chromium reports resources that failed to load), Content-Security-Policy violations (console reports and
/// <c>securitypolicyviolation</c> events) and failed requests. Each problem names the page it happened on.
/// </summary>
public sealed class PageProblems
{
    // Init scripts run before the page's own and are not subject to its CSP; the event is re-reported on the
    // console so it reaches the test through the same channel as everything else.
    private const string ReportViolations = """
        document.addEventListener('securitypolicyviolation', e =>
          console.error(`Content Security Policy violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`));
        """;

    private readonly List<string> _items = [];
    private readonly IPage _page;

    private PageProblems(IPage page) => _page = page;

    /// <summary>The problems so far, each as "URL: what".</summary>
    public IReadOnlyList<string> Items => _items;

    /// <summary>Starts watching a page; call before it navigates.</summary>
    public static async Task<PageProblems> WatchAsync(IPage page)
    {
        var problems = new PageProblems(page);
        page.PageError += (_, error) => problems.Add($"JavaScript error: {error}");
        page.Console += (_, message) =>
        {
            if (message.Type == "error" || message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                problems.Add($"console {message.Type}: {message.Text} ({message.Location})");
            }
        };
        page.RequestFailed += (_, request) => problems.Add($"request failed: {request.Url} ({request.Failure})");
        await page.AddInitScriptAsync(ReportViolations);
        return problems;
    }

    /// <summary>
    /// Lets the page's queued tasks run (events such as CSP violations are dispatched as tasks), so that what the
    /// page did while loading has been reported before the test looks.
    /// </summary>
    public Task SettleAsync() => _page.EvaluateAsync("() => new Promise(resolve => setTimeout(resolve, 0))");

    /// <summary>The problems as one message, or "" when there are none.</summary>
    public override string ToString() => string.Join('\n', _items);

    private void Add(string problem)
    {
        lock (_items)
        {
            _items.Add($"{_page.Url}: {problem}");
        }
    }
}
