using System.Collections.Immutable;
using StatiqSite.Content;
using StatiqSite.Pipeline;

namespace StatiqSite.Modules;

/// <summary>
/// Reads the theme's static files (<c>theme/assets/**</c>): CSS and JS as text, everything else as bytes.
/// Writes: <see cref="Keys.AssetName"/> (the path below <c>theme/assets/</c>, e.g. "css/site.css").
/// </summary>
public sealed class ReadThemeAssets : Module
{
    private static readonly string[] TextExtensions = [".css", ".js", ".svg", ".txt", ".json"];

    /// <inheritdoc />
    protected override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var root = Path.Combine(context.Settings.ThemeDirectory, "assets");
        if (!Directory.Exists(root))
        {
            return [];
        }

        return [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(InputFiles.IsPublished)
            .Order(StringComparer.Ordinal)
            .Select(name => Read(root, name))];
    }

    private static Document Read(string root, string name)
    {
        var path = Path.Combine(root, name);
        var document = TextExtensions.Contains(Path.GetExtension(name))
            ? new Document { Destination = "assets/" + name, Content = File.ReadAllText(path).ReplaceLineEndings("\n") }
            : new Document { Destination = "assets/" + name, Bytes = File.ReadAllBytes(path) };
        return document.With(Keys.AssetName, name);
    }
}
