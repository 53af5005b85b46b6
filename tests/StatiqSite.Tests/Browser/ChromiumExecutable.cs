namespace StatiqSite.Tests.Browser;

/// <summary>
/// Finds the Chromium the browser tests drive. Playwright cannot download its own browser here, so the tests use
/// the system's build: <c>CHROMIUM_PATH</c> when set, else <c>/usr/bin/chromium</c>.
/// </summary>
public static class ChromiumExecutable
{
    /// <summary>Names the Chromium to use.</summary>
    public const string PathVariable = "CHROMIUM_PATH";

    /// <summary>Set to <c>1</c> (CI does) to make a missing browser a failure instead of a skip.</summary>
    public const string RequireVariable = "STATIQSITE_REQUIRE_BROWSER";

    private const string DebianPath = "/usr/bin/chromium";

    /// <summary>The path of the executable, or null when there is none.</summary>
    public static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable(PathVariable);
        var path = string.IsNullOrWhiteSpace(configured) ? DebianPath : configured;
        return File.Exists(path) ? path : null;
    }

    /// <summary>Why there is no browser, in words a contributor can act on.</summary>
    public static string MissingReason
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable(PathVariable);
            return string.IsNullOrWhiteSpace(configured)
                ? $"no Chromium at {DebianPath}: install it (apt-get install chromium) or set {PathVariable}"
                : $"{PathVariable} is '{configured}', but no file is there";
        }
    }

    /// <summary>Whether a missing browser must fail the tests (<c>STATIQSITE_REQUIRE_BROWSER=1</c>).</summary>
    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";
}
