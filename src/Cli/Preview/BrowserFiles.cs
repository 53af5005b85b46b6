using System.Collections.Frozen;

namespace StatiqSite.Cli.Preview;

/// <summary>
/// The preview's own browser files (Browser/reload.js, Browser/overlay.css), embedded in the program as
/// resources named "preview/&lt;file&gt;" (see StatiqSite.csproj), served below <see cref="PreviewServer.Prefix"/>.
/// </summary>
public static class BrowserFiles
{
    private const string ResourcePrefix = "preview/";

    private static readonly FrozenDictionary<string, byte[]> Files = Load();

    /// <summary>The bytes of a file by its name ("reload.js"), or null.</summary>
    public static byte[]? Find(string name) => Files.GetValueOrDefault(name);

    private static FrozenDictionary<string, byte[]> Load()
    {
        var assembly = typeof(BrowserFiles).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .ToFrozenDictionary(n => n[ResourcePrefix.Length..], n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                return copy.ToArray();
            }, StringComparer.Ordinal);
    }
}
