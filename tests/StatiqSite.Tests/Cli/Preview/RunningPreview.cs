using System.Net;
using StatiqSite.Cli.Preview;
using StatiqSite.Pipeline;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Cli.Preview;

/// <summary>
/// A preview of a <see cref="TestSite"/> running in the test's process on a free port, with an HttpClient
/// that does not follow redirects. Changes are awaited by polling with a generous timeout, never by timing.
/// </summary>
public sealed class RunningPreview : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly StringWriter _error;

    private RunningPreview(TestSite site, PreviewSession session, StringWriter error)
    {
        Site = site;
        Session = session;
        _error = error;
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = session.Url, Timeout = Patience };
    }

    /// <summary>The site being previewed.</summary>
    public TestSite Site { get; }

    /// <summary>The running preview.</summary>
    public PreviewSession Session { get; }

    /// <summary>A client for the preview's address.</summary>
    public HttpClient Client { get; }

    /// <summary>What the preview printed on standard error so far.</summary>
    public string ErrorText
    {
        get
        {
            lock (_error)
            {
                return _error.ToString();
            }
        }
    }

    /// <summary>
    /// Starts previewing <paramref name="site"/> (built once before this returns), with the site's pipelines or
    /// those <paramref name="pipelines"/> makes.
    /// </summary>
    public static async Task<RunningPreview> StartAsync(TestSite site, BuildSettings? settings = null, Func<IReadOnlyList<StatiqSite.Pipeline.Pipeline>>? pipelines = null)
    {
        var error = new StringWriter();
        var session = await PreviewSession.StartAsync(
            settings ?? site.Settings(), 0, TextWriter.Null, new LockedWriter(error), TestContext.Current.CancellationToken, pipelines: pipelines);
        return new RunningPreview(site, session, error);
    }

    /// <summary>The text served at a path, with its status.</summary>
    public async Task<(HttpStatusCode Status, string Text)> GetAsync(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>Polls <paramref name="condition"/> until it holds; fails after a long timeout.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what)
    {
        var giveUp = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < giveUp, $"timed out waiting until {what}");
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Session.DisposeAsync();
        _error.Dispose();
    }

    /// <summary>Writes lines under a lock on the inner writer, which <see cref="ErrorText"/> takes too.</summary>
    private sealed class LockedWriter(StringWriter inner) : TextWriter
    {
        public override System.Text.Encoding Encoding => inner.Encoding;

        public override void Write(char value)
        {
            lock (inner)
            {
                inner.Write(value);
            }
        }

        public override void WriteLine(string? value)
        {
            lock (inner)
            {
                inner.WriteLine(value);
            }
        }

        public override Task WriteLineAsync(string? value)
        {
            WriteLine(value);
            return Task.CompletedTask;
        }
    }
}
