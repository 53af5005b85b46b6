using System.Net;
using System.Net.Sockets;
using System.Text;
using AngleSharp.Html.Parser;
using StatiqSite.Build;
using StatiqSite.Cli;
using StatiqSite.Cli.Preview;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Cli.Preview;

public class PreviewServerTests
{
    private const string Secret = "geheim-buiten-de-site";

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/%2E%2E/secret.txt")]
    [InlineData("/basis/../../secret.txt")]
    [InlineData("/basis/%2e%2e/%2e%2e/secret.txt")]
    [InlineData("/..%2fsecret.txt")]
    [InlineData("/..\\secret.txt")]
    public async Task Paths_leaving_the_output_folder_are_not_found(string path)
    {
        using var site = SiteWithSecretBesideOutput();
        await using var preview = await RunningPreview.StartAsync(site);

        // HttpClient would clean the path up; a raw request sends it as an attacker would.
        var response = await RawGetAsync(preview.Session.Url, path);

        Assert.StartsWith("HTTP/1.1 4", response, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Links_out_of_the_output_folder_are_not_followed()
    {
        using var site = SiteWithSecretBesideOutput();
        await using var preview = await RunningPreview.StartAsync(site);
        File.CreateSymbolicLink(Path.Combine(site.OutputDirectory, "secret.txt"), Path.Combine(site.Root, "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(site.OutputDirectory, "map"), site.Root);

        Assert.Equal(HttpStatusCode.NotFound, (await preview.GetAsync("/secret.txt")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await preview.GetAsync("/map/secret.txt")).Status);
        Assert.DoesNotContain(Secret, (await preview.GetAsync("/map/secret.txt")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Links_inside_the_output_folder_are_followed()
    {
        using var site = new TestSite().Page("index.md", "Start", "Welkom.").Page("basis/uitleg.md", "Uitleg", "Tekst.");
        await using var preview = await RunningPreview.StartAsync(site);
        File.CreateSymbolicLink(Path.Combine(site.OutputDirectory, "kopie.html"), Path.Combine(site.OutputDirectory, "basis", "uitleg", "index.html"));

        Assert.Equal(HttpStatusCode.OK, (await preview.GetAsync("/kopie.html")).Status);
    }

    [Fact]
    public async Task Clean_urls_work_as_on_the_static_host()
    {
        using var site = new TestSite().Page("index.md", "Start", "Welkom.").Page("basis/uitleg.md", "Uitleg", "Tekst.");
        await using var preview = await RunningPreview.StartAsync(site);

        Assert.Contains("Tekst.", (await preview.GetAsync("/basis/uitleg/")).Text);
        using var redirect = await preview.Client.GetAsync(new Uri("/basis/uitleg?x=1", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Found, redirect.StatusCode);
        Assert.Equal("/basis/uitleg/?x=1", redirect.Headers.Location?.OriginalString);
        var (status, text) = await preview.GetAsync("/bestaat-niet/");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(site.Html("404.html").Title, new HtmlParser().ParseDocument(text).Title);
    }

    [Theory]
    [InlineData("/", "text/html; charset=utf-8")]
    [InlineData("/sitemap.xml", "application/xml; charset=utf-8")]
    [InlineData("/robots.txt", "text/plain; charset=utf-8")]
    [InlineData("/_preview/reload.js", "text/javascript; charset=utf-8")]
    [InlineData("/_preview/overlay.css", "text/css; charset=utf-8")]
    public async Task Files_are_sent_with_their_content_type_and_the_sites_security_policy(string path, string contentType)
    {
        using var site = new TestSite().Page("index.md", "Start", "Welkom.");
        await using var preview = await RunningPreview.StartAsync(site);

        using var response = await preview.Client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.ToString());
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public async Task Theme_assets_are_sent_with_their_content_type()
    {
        using var site = new TestSite().Page("index.md", "Start", "Welkom.");
        await using var preview = await RunningPreview.StartAsync(site);
        var page = new HtmlParser().ParseDocument((await preview.GetAsync("/")).Text);
        var stylesheet = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        var script = page.QuerySelector("script[src*=menu]")!.GetAttribute("src")!;

        using var css = await preview.Client.GetAsync(new Uri("/" + stylesheet.TrimStart('.', '/'), UriKind.Relative), TestContext.Current.CancellationToken);
        using var js = await preview.Client.GetAsync(new Uri("/" + script.TrimStart('.', '/'), UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal("text/css; charset=utf-8", css.Content.Headers.ContentType?.ToString());
        Assert.Equal("text/javascript; charset=utf-8", js.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task The_reload_script_is_added_to_served_pages_but_not_to_the_built_files()
    {
        using var site = new TestSite().Page("index.md", "Start", "Welkom.");
        await using var preview = await RunningPreview.StartAsync(site);

        var served = new HtmlParser().ParseDocument((await preview.GetAsync("/")).Text);

        Assert.NotNull(served.Head!.QuerySelector("script[type=module][src='/_preview/reload.js']"));
        Assert.DoesNotContain("_preview", site.Read("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_port_in_use_is_a_usage_error_with_a_clear_message()
    {
        using var site = new TestSite().Page("index.md", "Start", "Welkom.");
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var output = new StringWriter();
        var error = new StringWriter();

        var status = await CommandLine.RunAsync(
            ["preview", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--input", site.InputDirectory, "--output", site.OutputDirectory, "--theme", Repository.Theme],
            output, error);

        Assert.Equal(CommandLine.Usage, status);
        Assert.Equal($"error: port {port} is already in use (another preview?): stop that program, or pass another port with --port N", error.ToString().Trim());
    }

    [Fact]
    public async Task A_folder_redirect_never_leads_to_another_host()
    {
        // "//elders/" would be a link to the host "elders".
        using var site = new TestSite().Page("index.md", "Start", "Welkom.").Write("elders/index.html", "<p>map</p>");
        await using var preview = await RunningPreview.StartAsync(site);

        var response = await RawGetAsync(preview.Session.Url, "//elders");

        Assert.Contains("\r\nLocation: /elders/\r\n", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_get_and_head_are_answered()
    {
        using var site = new TestSite().Page("index.md", "Start", "Welkom.");
        await using var preview = await RunningPreview.StartAsync(site);

        using var post = await preview.Client.PostAsync(new Uri("/", UriKind.Relative), new StringContent("x"), TestContext.Current.CancellationToken);
        using var head = await preview.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
    }

    private static TestSite SiteWithSecretBesideOutput()
    {
        var site = new TestSite().Page("index.md", "Start", "Welkom.").Page("basis/index.md", "Basis", "Tekst.");
        File.WriteAllText(Path.Combine(site.Root, "secret.txt"), Secret);
        return site;
    }

    private static async Task<string> RawGetAsync(Uri server, string path)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port, TestContext.Current.CancellationToken);
        await using var stream = client.GetStream();
        var request = Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: {server.Authority}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(request, TestContext.Current.CancellationToken);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync(TestContext.Current.CancellationToken);
    }
}
