using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using StatiqSite.Build;
using StatiqSite.Pipeline;

namespace StatiqSite.Tests.Support;

/// <summary>
/// A small site written into a temporary folder, built with the real pipelines and the repository's theme.
/// Given: <see cref="Write"/> files; When: <see cref="BuildAsync"/>; Then: read the output.
/// </summary>
public sealed class TestSite : IDisposable
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Creates an empty site with a minimal <c>_site.yml</c>.</summary>
    public TestSite(bool withSettings = true)
    {
        Root = Directory.CreateTempSubdirectory("statiqsite-test-").FullName;
        Directory.CreateDirectory(InputDirectory);
        if (withSettings)
        {
            Write("_site.yml", "title: Testsite\ndescription: Een site om te testen.\nlanguage: nl\nbase_url: https://example.org\nedit_url: https://github.com/o/r/edit/main/input/\n");
        }
    }

    /// <summary>The temporary folder.</summary>
    public string Root { get; }

    /// <summary>The site's input folder.</summary>
    public string InputDirectory => Path.Combine(Root, "input");

    /// <summary>The site's output folder.</summary>
    public string OutputDirectory => Path.Combine(Root, "output");

    /// <summary>Writes a file below <c>input/</c>.</summary>
    public TestSite Write(string path, string text)
    {
        var full = Path.Combine(InputDirectory, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return this;
    }

    /// <summary>Writes a page with front matter.</summary>
    public TestSite Page(string path, string title, string body = "", string frontMatter = "") =>
        Write(path, $"---\ntitle: {title}\n{frontMatter}---\n{body}");

    /// <summary>Writes raw bytes below <c>input/</c>.</summary>
    public TestSite WriteBytes(string path, byte[] bytes)
    {
        var full = Path.Combine(InputDirectory, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return this;
    }

    /// <summary>Builds the site with the real pipelines.</summary>
    public Task<BuildReport> BuildAsync(string basePath = "/", bool drafts = false, bool dryRun = false) =>
        new SiteBuild().RunAsync(Settings(basePath, drafts, dryRun));

    /// <summary>The settings of a build of this site.</summary>
    public BuildSettings Settings(string basePath = "/", bool drafts = false, bool dryRun = false) => new()
    {
        InputDirectory = InputDirectory,
        ThemeDirectory = Repository.Theme,
        OutputDirectory = OutputDirectory,
        BasePath = basePath,
        IncludeDrafts = drafts,
        DryRun = dryRun,
    };

    /// <summary>Whether the output has a file.</summary>
    public bool Exists(string outputPath) => File.Exists(Path.Combine(OutputDirectory, outputPath));

    /// <summary>The text of an output file.</summary>
    public string Read(string outputPath) => File.ReadAllText(Path.Combine(OutputDirectory, outputPath));

    /// <summary>An output HTML file parsed with AngleSharp.</summary>
    public IHtmlDocument Html(string outputPath) => Parser.ParseDocument(Read(outputPath));

    /// <summary>Every output file with its bytes, keyed by relative path.</summary>
    public SortedDictionary<string, byte[]> Snapshot() => Snapshot(OutputDirectory);

    /// <summary>Every file of a folder with its bytes, keyed by relative path.</summary>
    public static SortedDictionary<string, byte[]> Snapshot(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(Root, recursive: true);
}
