using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using StatiqSite.Build;
using StatiqSite.Pipeline;

namespace StatiqSite.Tests.Support;

/// <summary>
/// The real site (the repository's <c>input/</c> and <c>theme/</c>) built once into a temporary folder, shared by
/// the tests of a class as an xunit class fixture. Tests only read it.
/// </summary>
public sealed class BuiltSite : IAsyncLifetime
{
    private static readonly HtmlParser Parser = new();
    private readonly string _root = Directory.CreateTempSubdirectory("statiqsite-real-").FullName;
    private readonly Dictionary<string, IHtmlDocument> _parsed = new(StringComparer.Ordinal);

    /// <summary>The folder the site was written to.</summary>
    public string OutputDirectory => Path.Combine(_root, "output");

    /// <summary>The build's outcome.</summary>
    public BuildReport Report { get; private set; } = null!;

    /// <summary>Every HTML file of the output, as paths relative to it ("basis/index.html"), sorted.</summary>
    public IReadOnlyList<string> Pages { get; private set; } = [];

    /// <summary>The content pages: every page but the 404 page.</summary>
    public IEnumerable<string> ContentPages => Report.Result.Outputs[StatiqSite.Content.PipelineNames.Content].Where(d => !d.Get(StatiqSite.Content.Keys.Hidden)).Select(d => d.Destination);

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        Report = await new SiteBuild().RunAsync(new BuildSettings
        {
            InputDirectory = Repository.Input,
            ThemeDirectory = Repository.Theme,
            OutputDirectory = OutputDirectory,
        });
        Pages = Report.Succeeded
            ? [.. Directory.EnumerateFiles(OutputDirectory, "*.html", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(OutputDirectory, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)]
            : [];
    }

    /// <summary>An output page parsed with AngleSharp (parsed once).</summary>
    public IHtmlDocument Html(string page)
    {
        if (!_parsed.TryGetValue(page, out var document))
        {
            document = Parser.ParseDocument(File.ReadAllText(Path.Combine(OutputDirectory, page)));
            _parsed[page] = document;
        }

        return document;
    }

    /// <summary>
    /// The output file a link on <paramref name="page"/> points to ("basis/index.html"), or null when it leaves
    /// the site. Rooted links ("/assets/...") are taken from the output root, as the 404 page writes them.
    /// </summary>
    public static string? Resolve(string page, string link)
    {
        var path = link.Split('#', 2)[0].Split('?', 2)[0];
        if (path.Length == 0)
        {
            return page;
        }

        if (path.Contains(':', StringComparison.Ordinal) || path.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        var rooted = path.StartsWith('/');
        var baseUri = new Uri("file:///site/" + (rooted ? "" : page));
        var target = Uri.UnescapeDataString(new Uri(baseUri, rooted ? path[1..] : path).AbsolutePath);
        if (!target.StartsWith("/site/", StringComparison.Ordinal))
        {
            return null;
        }

        var relative = target["/site/".Length..];
        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        foreach (var document in _parsed.Values)
        {
            document.Dispose();
        }

        Directory.Delete(_root, recursive: true);
        return ValueTask.CompletedTask;
    }
}
