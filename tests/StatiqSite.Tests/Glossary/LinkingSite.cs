using StatiqSite.Build;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Glossary;

/// <summary>
/// One site with every case of Cases/Linking as a page, plus each case again with <c>glossary: false</c>
/// ("&lt;name&gt;-plain"), built once for all linking tests.
/// </summary>
public sealed class LinkingSite : IAsyncLifetime
{
    /// <summary>The built site.</summary>
    public TestSite Site { get; } = new();

    /// <summary>The report of the build.</summary>
    public BuildReport Report { get; private set; } = null!;

    /// <summary>The case names.</summary>
    public static IReadOnlyList<string> Cases { get; } =
        [.. Directory.EnumerateFiles(GlossaryCases.Folder("Linking"), "*.md").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal)];

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        var folder = GlossaryCases.Folder("Linking");
        Site.Write("_glossary.yml", File.ReadAllText(Path.Combine(folder, "_glossary.yml")));
        Site.Page("index.md", "Start", "Een pagina zonder begrippen.\n");
        foreach (var name in Cases)
        {
            var text = File.ReadAllText(Path.Combine(folder, name + ".md"));
            Site.Write($"cases/{name}.md", text);
            if (!text.Contains("glossary: false", StringComparison.Ordinal))
            {
                Site.Write($"cases/{name}-plain.md", text.Replace("---\ntitle:", "---\nglossary: false\ntitle:", StringComparison.Ordinal));
            }
        }

        Report = await Site.BuildAsync();
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        Site.Dispose();
        return ValueTask.CompletedTask;
    }
}
