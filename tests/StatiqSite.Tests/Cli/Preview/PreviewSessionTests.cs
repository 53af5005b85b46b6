using System.Collections.Immutable;
using System.Net;
using System.Text.Json;
using StatiqSite.Build;
using StatiqSite.Cli;
using StatiqSite.Cli.Preview;
using StatiqSite.Pipeline;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Cli.Preview;

public class PreviewSessionTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task An_edited_page_is_served_with_its_new_text()
    {
        using var site = new TestSite().Page("index.md", "Start", "Welkom.").Page("basis/uitleg.md", "Uitleg", "Eerste versie.");
        await using var preview = await RunningPreview.StartAsync(site);
        Assert.Contains("Eerste versie.", (await preview.GetAsync("/basis/uitleg/")).Text);

        site.Page("basis/uitleg.md", "Uitleg", "Tweede versie.");

        await RunningPreview.EventuallyAsync(async () => (await preview.GetAsync("/basis/uitleg/")).Text.Contains("Tweede versie.", StringComparison.Ordinal), "the new text is served");
        Assert.DoesNotContain("Eerste versie.", (await preview.GetAsync("/basis/uitleg/")).Text);
    }

    [Fact]
    public async Task A_new_page_is_served_and_linked_from_the_navigation()
    {
        using var site = new TestSite().Page("index.md", "Start", "Welkom.");
        await using var preview = await RunningPreview.StartAsync(site);

        site.Page("nieuw.md", "Nieuwe pagina", "Net geschreven.");

        await RunningPreview.EventuallyAsync(async () => (await preview.GetAsync("/nieuw/")).Status == HttpStatusCode.OK, "the new page is served");
        Assert.Contains("Nieuwe pagina", (await preview.GetAsync("/")).Text);
    }

    [Fact]
    public async Task Errors_are_reported_while_the_last_good_page_stays_served_until_they_are_fixed()
    {
        using var site = new TestSite().Page("index.md", "Start", "Welkom.").Page("uitleg.md", "Uitleg", "Goede versie.");
        await using var preview = await RunningPreview.StartAsync(site);

        site.Write("uitleg.md", "---\ntitle: Uitleg\norder: twee\n---\nKapotte versie.");

        var status = await EventuallyStatusAsync(preview, s => s.Kind == PreviewEventKinds.Errors);
        var error = Assert.Single(status.Errors);
        Assert.EndsWith("uitleg.md:3:8: 'order' must be a whole number without quotes, like 'order: 2' (found 'twee')", error, StringComparison.Ordinal);
        Assert.Contains(error, preview.ErrorText, StringComparison.Ordinal);
        Assert.Contains("Goede versie.", (await preview.GetAsync("/uitleg/")).Text);

        site.Page("uitleg.md", "Uitleg", "Herstelde versie.", "order: 2\n");

        await EventuallyStatusAsync(preview, s => s.Kind == PreviewEventKinds.Clean && s.Errors.Count == 0);
        Assert.Contains("Herstelde versie.", (await preview.GetAsync("/uitleg/")).Text);
    }

    [Fact]
    public async Task The_event_stream_tells_an_open_page_to_reload_and_names_the_changed_files()
    {
        using var site = new TestSite().Page("index.md", "Start", "Welkom.").Page("uitleg.md", "Uitleg", "Eerste versie.");
        await using var preview = await RunningPreview.StartAsync(site);
        using var stream = await preview.Client.GetStreamAsync(new Uri("/_preview/events", UriKind.Relative), TestContext.Current.CancellationToken);
        using var reader = new StreamReader(stream);
        Assert.Equal(PreviewEventKinds.Clean, (await NextEventAsync(reader)).Kind);

        site.Page("uitleg.md", "Uitleg", "Tweede versie.");

        var change = await NextEventAsync(reader);
        Assert.Equal(PreviewEventKinds.Reload, change.Kind);
        Assert.Equal(["/uitleg/index.html"], change.Changed.Where(p => p.EndsWith(".html", StringComparison.Ordinal)));
        Assert.All(change.Changed.Where(p => !p.EndsWith(".html", StringComparison.Ordinal)), p => Assert.StartsWith("/search/", p, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_stylesheet_change_swaps_the_stylesheet_instead_of_reloading()
    {
        using var theme = new ThemeCopy();
        using var site = new TestSite().Page("index.md", "Start", "Welkom.");
        await using var preview = await RunningPreview.StartAsync(site, site.Settings() with { ThemeDirectory = theme.Root });
        using var stream = await preview.Client.GetStreamAsync(new Uri("/_preview/events", UriKind.Relative), TestContext.Current.CancellationToken);
        using var reader = new StreamReader(stream);
        await NextEventAsync(reader);

        File.AppendAllText(Path.Combine(theme.Root, "assets", "css", "site.css"), "\nmain { margin-block: 1rem; }\n");

        var change = await NextEventAsync(reader);
        Assert.Equal(PreviewEventKinds.Css, change.Kind);
        var stylesheet = Assert.Single(change.Changed);
        Assert.Matches(@"^/assets/css/site\.[0-9a-f]{10}\.css$", stylesheet);
        Assert.Contains("margin-block", (await preview.GetAsync(stylesheet)).Text);
    }

    [Fact]
    public async Task A_site_whose_first_build_fails_shows_its_errors_and_is_served_once_fixed()
    {
        using var site = new TestSite().Write("index.md", "---\ntitle: Start\norder: een\n---\nWelkom.");
        await using var preview = await RunningPreview.StartAsync(site);

        var (status, text) = await preview.GetAsync("/");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains(PreviewServer.ScriptTag, text, StringComparison.Ordinal);
        Assert.Equal(PreviewEventKinds.Errors, (await EventuallyStatusAsync(preview, _ => true)).Kind);

        site.Page("index.md", "Start", "Welkom.");

        await RunningPreview.EventuallyAsync(async () => (await preview.GetAsync("/")).Status == HttpStatusCode.OK, "the fixed site is served");
    }

    [Fact]
    public async Task Cancelling_the_run_stops_the_server()
    {
        using var site = new TestSite().Page("index.md", "Start", "Welkom.");
        var session = await PreviewSession.StartAsync(site.Settings(), 0, TextWriter.Null, TextWriter.Null, TestContext.Current.CancellationToken);
        using var stop = new CancellationTokenSource();
        var run = session.RunAsync(stop.Token);
        using var client = new HttpClient { BaseAddress = session.Url };
        Assert.True((await client.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken)).IsSuccessStatusCode);

        await stop.CancelAsync();
        await run;

        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_build_that_throws_is_reported_in_the_terminal_and_the_overlay_and_later_saves_build_again()
    {
        using var site = new TestSite().Page("index.md", "Start", "Welkom.").Page("uitleg.md", "Uitleg", "Eerste versie.");
        var trap = Path.Combine(site.InputDirectory, "kapot.txt");
        await using var preview = await RunningPreview.StartAsync(site, pipelines: () => [.. SitePipelines.Create(), ThrowingPipeline(trap)]);

        File.WriteAllText(trap, "");

        var status = await EventuallyStatusAsync(preview, s => s.Kind == PreviewEventKinds.Errors);
        var error = Assert.Single(status.Errors);
        Assert.StartsWith("internal error: a bug, for the test", error, StringComparison.Ordinal);
        Assert.Contains(error, preview.ErrorText, StringComparison.Ordinal);
        Assert.Contains("Eerste versie.", (await preview.GetAsync("/uitleg/")).Text);

        File.Delete(trap);
        site.Page("uitleg.md", "Uitleg", "Tweede versie.");

        await RunningPreview.EventuallyAsync(async () => (await preview.GetAsync("/uitleg/")).Text.Contains("Tweede versie.", StringComparison.Ordinal), "a later save is built and served");
        await EventuallyStatusAsync(preview, s => s.Kind == PreviewEventKinds.Clean);
    }

    [Fact]
    public async Task A_file_the_preview_cannot_write_is_reported_with_its_path_and_later_saves_build_again()
    {
        using var site = new TestSite().Page("index.md", "Start", "Welkom.").Page("uitleg.md", "Uitleg", "Eerste versie.");
        await using var preview = await RunningPreview.StartAsync(site);
        var page = Path.Combine(site.OutputDirectory, "uitleg", "index.html");
        File.Delete(page);
        Directory.CreateDirectory(Path.Combine(page, "in-de-weg"));

        site.Page("uitleg.md", "Uitleg", "Tweede versie.");

        var status = await EventuallyStatusAsync(preview, s => s.Kind == PreviewEventKinds.Errors);
        Assert.StartsWith("error: the build could not read or write a file: ", Assert.Single(status.Errors), StringComparison.Ordinal);
        Assert.Contains(page, status.Errors[0], StringComparison.Ordinal);

        Directory.Delete(page, recursive: true);
        site.Page("uitleg.md", "Uitleg", "Derde versie.");

        await RunningPreview.EventuallyAsync(async () => (await preview.GetAsync("/uitleg/")).Text.Contains("Derde versie.", StringComparison.Ordinal), "a later save is built and served");
    }

    [Fact]
    public async Task The_preview_keeps_the_marker_does_not_serve_it_and_holds_the_lock_while_it_runs()
    {
        using var site = new TestSite().Page("index.md", "Start", "Welkom.");
        await using var preview = await RunningPreview.StartAsync(site);

        var build = await CliRunner.RunArgsAsync("build", "--input", site.InputDirectory, "--theme", Repository.Theme, "--output", site.OutputDirectory);

        Assert.True(site.Exists(OutputFolder.MarkerName));
        Assert.Equal(HttpStatusCode.NotFound, (await preview.GetAsync("/" + OutputFolder.MarkerName)).Status);
        Assert.Equal(CommandLine.Usage, build.ExitCode);
        Assert.Contains("another build or preview is writing into", build.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_with_other_files_is_refused_before_the_preview_starts()
    {
        using var site = new TestSite().Page("index.md", "Start", "Welkom.");
        Directory.CreateDirectory(site.OutputDirectory);
        File.WriteAllText(Path.Combine(site.OutputDirectory, "boodschappen.txt"), "melk");

        var refused = await Assert.ThrowsAsync<OutputRefusedException>(() => RunningPreview.StartAsync(site));

        Assert.Contains("holds files that are not a build of this generator (like 'boodschappen.txt')", refused.Message, StringComparison.Ordinal);
        Assert.Equal(["boodschappen.txt"], site.Snapshot().Keys);
    }

    /// <summary>A pipeline whose input phase throws while <paramref name="trap"/> exists: a stand-in for a bug.</summary>
    private static StatiqSite.Pipeline.Pipeline ThrowingPipeline(string trap) => new("Throwing") { Input = [new ThrowWhenPresent(trap)] };

    private sealed class ThrowWhenPresent(string trap) : Module
    {
        protected override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context) =>
            File.Exists(trap) ? throw new InvalidOperationException("a bug, for the test") : inputs;
    }

    private static async Task<PreviewEvent> EventuallyStatusAsync(RunningPreview preview, Func<PreviewEvent, bool> condition)
    {
        PreviewEvent? status = null;
        await RunningPreview.EventuallyAsync(async () =>
        {
            status = JsonSerializer.Deserialize<PreviewEvent>((await preview.GetAsync("/_preview/status")).Text, Json)!;
            return condition(status);
        }, "the preview's status matches");
        return status!;
    }

    private static async Task<PreviewEvent> NextEventAsync(StreamReader reader)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                return JsonSerializer.Deserialize<PreviewEvent>(line["data: ".Length..], Json)!;
            }
        }

        throw new InvalidOperationException("the event stream ended");
    }
}
