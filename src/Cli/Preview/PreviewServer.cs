using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StatiqSite.Build;

namespace StatiqSite.Cli.Preview;

/// <summary>
/// The preview's web server: Kestrel on 127.0.0.1 only, serving the output folder like the static host does
/// (clean URLs, 404.html, the site's Content-Security-Policy), plus the live-reload endpoints below
/// <c>/_preview/</c> (a path no site file can have: input files starting with '_' are not published). The
/// live-reload script is added to HTML responses here, never to the built files.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    /// <summary>The path prefix of the preview's own endpoints.</summary>
    public const string Prefix = "/_preview/";

    /// <summary>The script tag added before &lt;/head&gt; of every HTML response.</summary>
    public const string ScriptTag = "<script type=\"module\" src=\"" + Prefix + "reload.js\"></script>";

    private const string NotBuiltPage =
        "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Niet gevonden</title></head>" +
        "<body><main><h1>Niet gevonden</h1><p>Deze pagina bestaat (nog) niet. Kijk in de terminal of de site gebouwd kon worden.</p></main></body></html>";

    private readonly WebApplication _app;
    private readonly ServedFolder _folder;
    private readonly LiveReloadHub _hub;
    private readonly CancellationTokenSource _stopping = new();

    private PreviewServer(WebApplication app, ServedFolder folder, LiveReloadHub hub)
    {
        _app = app;
        _folder = folder;
        _hub = hub;
        app.Run(HandleAsync);
    }

    /// <summary>Fires when the host stops on its own: SIGTERM, or Ctrl+C seen by the host.</summary>
    public CancellationToken Stopping => _app.Lifetime.ApplicationStopping;

    /// <summary>The address the server listens on, like http://127.0.0.1:5080/.</summary>
    public Uri Url { get; private set; } = new("http://127.0.0.1/");

    /// <summary>
    /// Starts serving <paramref name="folder"/> on 127.0.0.1:<paramref name="port"/> (0: any free port).
    /// A port in use is a <see cref="UsageException"/>: the user picks another with --port.
    /// </summary>
    public static async Task<PreviewServer> StartAsync(string folder, int port, LiveReloadHub hub, CancellationToken cancel)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = Path.GetFullPath(folder) });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var server = new PreviewServer(builder.Build(), new ServedFolder(folder), hub);
        try
        {
            await server._app.StartAsync(cancel);
        }
        catch (Exception e) when (e is AddressInUseException || e.InnerException is AddressInUseException)
        {
            await server.DisposeAsync();
            throw new UsageException($"port {port} is already in use (another preview?): stop that program, or pass another port with --port N");
        }

        server.Url = new Uri(server._app.Urls.First().TrimEnd('/') + "/");
        return server;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        // Ends the open event streams first: the server waits for running requests when it stops.
        await _stopping.CancelAsync();
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        var response = http.Response;
        response.Headers.ContentSecurityPolicy = SecurityHeaders.ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "no-store";
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }

        var path = request.Path.Value ?? "/";
        if (path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            await HandlePreviewAsync(http, path[Prefix.Length..]);
            return;
        }

        var resolution = _folder.Resolve(path.Length == 0 ? "/" : path);
        if (resolution.RedirectToFolder)
        {
            response.StatusCode = StatusCodes.Status302Found; // not 301: browsers keep those, and the site changes
            // One leading '/', so "//host/x" can never become a redirect to another host.
            response.Headers.Location = "/" + request.Path.ToUriComponent().TrimStart('/') + "/" + request.QueryString;
        }
        else if (resolution.File is { } file)
        {
            await SendFileAsync(http, file);
        }
        else
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            if (_folder.NotFoundFile is { } notFound)
            {
                await SendFileAsync(http, notFound);
            }
            else
            {
                // No site yet (the first build failed): a page that still carries the script shows the errors
                // and reloads once they are fixed.
                await SendAsync(http, ContentTypes.Html, Encoding.UTF8.GetBytes(WithScript(NotBuiltPage)));
            }
        }
    }

    private async Task HandlePreviewAsync(HttpContext http, string name)
    {
        switch (name)
        {
            case "events":
                await StreamEventsAsync(http);
                break;
            case "status":
                await SendAsync(http, "application/json; charset=utf-8", JsonSerializer.SerializeToUtf8Bytes(_hub.Current, PreviewJson.Default.PreviewEvent));
                break;
            case var _ when BrowserFiles.Find(name) is { } resource:
                await SendAsync(http, ContentTypes.Of(name), resource);
                break;
            default:
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                break;
        }
    }

    private async Task StreamEventsAsync(HttpContext http)
    {
        using var end = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, _stopping.Token);
        http.Response.ContentType = "text/event-stream; charset=utf-8";
        try
        {
            await http.Response.Body.FlushAsync(end.Token);
            await foreach (var change in _hub.Listen(end.Token))
            {
                await http.Response.WriteAsync($"data: {JsonSerializer.Serialize(change, PreviewJson.Default.PreviewEvent)}\n\n", end.Token);
                await http.Response.Body.FlushAsync(end.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The tab closed or the server stops: nothing to tell anyone.
        }
    }

    private static async Task SendFileAsync(HttpContext http, string file)
    {
        var contentType = ContentTypes.Of(file);
        var bytes = await File.ReadAllBytesAsync(file, http.RequestAborted);
        if (contentType == ContentTypes.Html)
        {
            bytes = Encoding.UTF8.GetBytes(WithScript(Encoding.UTF8.GetString(bytes)));
        }

        await SendAsync(http, contentType, bytes);
    }

    private static async Task SendAsync(HttpContext http, string contentType, byte[] bytes)
    {
        http.Response.ContentType = contentType;
        http.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(http.Request.Method))
        {
            await http.Response.Body.WriteAsync(bytes, http.RequestAborted);
        }
    }

    /// <summary>The page with the live-reload script tag before &lt;/head&gt; (or at the end, without a head).</summary>
    public static string WithScript(string html)
    {
        var head = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        return head < 0 ? html + ScriptTag : html.Insert(head, ScriptTag);
    }
}
