namespace StatiqSite.Tests.Browser;

/// <summary>No page of the site throws, logs an error, loads something missing or breaks the CSP.</summary>
public sealed class PageProblemsTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task No_page_has_a_JavaScript_error_a_console_error_or_a_CSP_violation()
    {
        var page = await NewPageAsync();
        var problems = await PageProblems.WatchAsync(page);

        foreach (var sitePath in Fixture.Pages.Append(BrowserFixture.NotFoundPage))
        {
            await GoToAsync(page, sitePath);
            await problems.SettleAsync();
        }

        Assert.True(problems.Items.Count == 0, $"Problems on the site's pages:\n{problems}");
    }
}
