using System.Net;
using StatiqSite.Build;

namespace StatiqSite.Tests.Browser;

/// <summary>The test server behaves like the host: clean URLs, 404.html, the production CSP.</summary>
public sealed class StaticSiteServerTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("statiqsite-server-").FullName;
    private readonly HttpClient _client = new(new HttpClientHandler { AllowAutoRedirect = false });
    private StaticSiteServer _server = null!;

    public async ValueTask InitializeAsync()
    {
        Write("index.html", "home");
        Write("basis/index.html", "basis");
        Write("assets/site.css", "p {}");
        Write("404.html", "niet gevonden");
        _server = await StaticSiteServer.StartAsync(_folder);
    }

    [Theory]
    [InlineData("", "home")]
    [InlineData("index.html", "home")]
    [InlineData("basis/", "basis")]
    [InlineData("basis/index.html", "basis")]
    [InlineData("assets/site.css", "p {}")]
    public async Task Serves_files_and_folders_with_clean_urls(string sitePath, string body)
    {
        using var response = await GetAsync(sitePath);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(body, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Sends_the_production_content_security_policy_and_content_types()
    {
        using var response = await GetAsync("assets/site.css");
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Assert.Single(response.Headers.GetValues(SecurityHeaders.ContentSecurityPolicyHeader)));
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Redirects_a_folder_without_its_slash()
    {
        using var response = await GetAsync("basis");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/basis/", response.Headers.Location?.ToString());
    }

    [Theory]
    [InlineData("bestaat-niet/")]
    [InlineData("bestaat-niet.html")]
    [InlineData("%2e%2e/%2e%2e/etc/passwd")]
    public async Task Answers_unknown_paths_with_404_html(string sitePath)
    {
        using var response = await GetAsync(sitePath);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("niet gevonden", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.True(response.Headers.Contains(SecurityHeaders.ContentSecurityPolicyHeader));
    }

    private Task<HttpResponseMessage> GetAsync(string sitePath) =>
        _client.GetAsync(new Uri(_server.Url(sitePath)), TestContext.Current.CancellationToken);

    private void Write(string path, string text)
    {
        var full = Path.Combine(_folder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _client.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
