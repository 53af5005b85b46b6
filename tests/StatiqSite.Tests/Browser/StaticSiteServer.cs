using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using StatiqSite.Build;

namespace StatiqSite.Tests.Browser;

/// <summary>
/// Serves a built site on 127.0.0.1 at a free port the way the host does: clean URLs (<c>/x/</c> is
/// <c>x/index.html</c>), <c>404.html</c> with status 404 for unknown paths, and the production
/// <see cref="SecurityHeaders.ContentSecurityPolicy"/> on every response, so a page that breaks the policy breaks
/// in the tests too. Scripts may be held back (<c>scriptDelay</c>), as on a slow connection, so that a test sees
/// the page drawn before its scripts run.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly WebApplication _app;
    private readonly string _root;
    private readonly TimeSpan _scriptDelay;

    private StaticSiteServer(WebApplication app, string root, TimeSpan scriptDelay)
    {
        _app = app;
        _root = root;
        _scriptDelay = scriptDelay;
    }

    /// <summary>The folder served: the built site.</summary>
    public string Root => _root;

    /// <summary>The site's address, ending in '/': <c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Starts serving <paramref name="root"/>, each <c>.js</c> file answered <paramref name="scriptDelay"/> late.</summary>
    public static async Task<StaticSiteServer> StartAsync(string root, TimeSpan scriptDelay = default)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new StaticSiteServer(app, Path.GetFullPath(root), scriptDelay);
        app.Run(server.ServeAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>The absolute URL of a site path such as <c>basis/</c>.</summary>
    public string Url(string sitePath) => new Uri(BaseAddress, sitePath).ToString();

    /// <summary>
    /// The clean site path of a URL on this server, without query or fragment: <c>basis/</c> for both
    /// <c>http://127.0.0.1:PORT/basis/</c> and <c>.../basis/index.html</c>.
    /// </summary>
    public string SitePathOf(string url)
    {
        var path = new Uri(url).GetLeftPart(UriPartial.Path);
        var relative = BaseAddress.MakeRelativeUri(new Uri(path)).ToString();
        return relative.EndsWith("index.html", StringComparison.Ordinal) ? relative[..^"index.html".Length] : relative;
    }

    private async Task ServeAsync(HttpContext context)
    {
        var response = context.Response;
        response.Headers[SecurityHeaders.ContentSecurityPolicyHeader] = SecurityHeaders.ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "no-store";
        var path = context.Request.Path.Value ?? "/";
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        if (FileOf(path) is { } folder && Directory.Exists(folder) && !path.EndsWith('/'))
        {
            // Like the host: a folder without its slash redirects, so relative links resolve from inside it.
            response.Redirect(path + "/", permanent: true);
            return;
        }

        var file = FileOf(path.EndsWith('/') ? path + "index.html" : path);
        if (file is null || !File.Exists(file))
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            file = Path.Combine(_root, "404.html");
            if (!File.Exists(file))
            {
                return;
            }
        }

        response.ContentType = ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        if (_scriptDelay > TimeSpan.Zero && file.EndsWith(".js", StringComparison.Ordinal))
        {
            await Task.Delay(_scriptDelay, context.RequestAborted);
        }

        await response.SendFileAsync(file);
    }

    // Maps a URL path into the root; null for anything escaping it (.. segments).
    private string? FileOf(string urlPath)
    {
        var full = Path.GetFullPath(Path.Combine(_root, urlPath.TrimStart('/')));
        return full == _root || full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
