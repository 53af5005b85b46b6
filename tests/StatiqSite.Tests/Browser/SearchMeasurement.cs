using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Browser;

/// <summary>
/// Not a test: measures search in Chromium on a built site given by STATIQSITE_SEARCH_SITE (an output folder),
/// printing per query the result count and the time of a cold query (index files fetched from the local server)
/// and a warm one (files cached, as while typing). Run: STATIQSITE_SEARCH_SITE=/tmp/out1000 dotnet test
/// tests/StatiqSite.Tests --filter "FullyQualifiedName~SearchMeasurement" --logger "console;verbosity=detailed".
/// </summary>
public sealed class SearchMeasurement(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static readonly string[] Queries = ["afstand", "cliënt", "grenzen stellen", "professionele afstand bewaren", "zelfreflectie", "reele verwachting", "qwerty"];

    [Fact(Explicit = true)]
    public async Task Measure_query_times()
    {
        var folder = Environment.GetEnvironmentVariable("STATIQSITE_SEARCH_SITE");
        Assert.SkipWhen(string.IsNullOrEmpty(folder), "set STATIQSITE_SEARCH_SITE to a built site");
        Fixture.RequireBrowser();
        await using var server = await StaticSiteServer.StartAsync(folder!);
        var page = await NewPageAsync();
        await GoToAsync(page, "", server);

        var lines = await page.EvaluateAsync<string[]>(
            """
            async (queries) => {
              const search = window.siteSearch;
              const manifest = document.querySelector('form[data-search-index]').dataset.searchIndex;
              const lines = [];
              for (const query of queries) {
                const index = new search.SearchIndex(manifest);
                const t0 = performance.now();
                const cold = await index.search(query);
                const t1 = performance.now();
                for (let i = 0; i < 10; i++) await index.search(query);
                const t2 = performance.now();
                lines.push(`${query}: ${cold.total} results; cold ${(t1 - t0).toFixed(1)} ms, warm ${((t2 - t1) / 10).toFixed(1)} ms`);
              }
              return lines;
            }
            """,
            Queries);

        foreach (var line in lines)
        {
            TestContext.Current.TestOutputHelper?.WriteLine(line);
        }
    }
}
