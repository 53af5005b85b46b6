namespace StatiqSite.Tests.Browser;

/// <summary>
/// <see cref="PageProblems"/> and the served CSP catch what they must: without these, a green
/// <see cref="PageProblemsTests"/> could mean the watch is blind.
/// </summary>
public sealed class PageProblemsHarnessTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Theory]
    [InlineData("<script>document.title = 'x';</script>", "script-src")]
    [InlineData("<p style=\"color: red\">x</p>", "style-src")]
    [InlineData("<style>p { color: red; }</style>", "style-src")]
    [InlineData("<img src=\"https://example.org/x.png\" alt=\"x\">", "img-src")]
    [InlineData("<script type=\"module\" src=\"throws.js\"></script>", "JavaScript error: Error: kapot")]
    [InlineData("<script type=\"module\" src=\"errors.js\"></script>", "console error: kapot")]
    [InlineData("<img src=\"bestaat-niet.png\" alt=\"x\">", "404")]
    public async Task A_broken_page_is_reported(string body, string expected)
    {
        var folder = Directory.CreateTempSubdirectory("statiqsite-harness-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "index.html"), $"<!DOCTYPE html><html lang=\"nl\"><head><title>x</title></head><body>{body}</body></html>");
            File.WriteAllText(Path.Combine(folder, "throws.js"), "throw new Error('kapot');");
            File.WriteAllText(Path.Combine(folder, "errors.js"), "console.error('kapot');");
            await using var server = await StaticSiteServer.StartAsync(folder);
            var page = await NewPageAsync();
            var problems = await PageProblems.WatchAsync(page);

            await page.GotoAsync(server.Url(""));
            await problems.SettleAsync();

            Assert.Contains(problems.Items, p => p.Contains(expected, StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
