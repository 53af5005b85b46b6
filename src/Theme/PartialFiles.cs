using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace StatiqSite.Theme;

/// <summary>
/// The theme's partials (<c>theme/partials/**</c>), read once when the theme is loaded and served from memory to
/// Fluid's <c>include</c>. Fluid caches parsed partials, but asks the file provider for every include of every page
/// (the cache is keyed on the file's date); from disk that is a file-system call per include, dozens per page
/// with the recursive navigation. From memory it is a dictionary lookup, and a theme edited during a build cannot
/// give half the pages the old partial and half the new one.
/// </summary>
public sealed class PartialFiles : IFileProvider
{
    private static readonly DateTimeOffset Loaded = DateTimeOffset.UnixEpoch;
    private readonly Dictionary<string, byte[]> _files;

    private PartialFiles(Dictionary<string, byte[]> files) => _files = files;

    /// <summary>Reads every file below <paramref name="folder"/> (none when it does not exist).</summary>
    public static PartialFiles Read(string folder)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        if (Directory.Exists(folder))
        {
            foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                files[Path.GetRelativePath(folder, path).Replace('\\', '/')] = File.ReadAllBytes(path);
            }
        }

        return new PartialFiles(files);
    }

    /// <inheritdoc />
    public IFileInfo GetFileInfo(string subpath)
    {
        var name = subpath.Replace('\\', '/').TrimStart('/');
        return _files.TryGetValue(name, out var bytes) ? new PartialFile(Path.GetFileName(name), bytes) : new NotFoundFileInfo(name);
    }

    /// <inheritdoc />
    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    /// <inheritdoc />
    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class PartialFile(string name, byte[] bytes) : IFileInfo
    {
        public bool Exists => true;

        public long Length => bytes.Length;

        public string? PhysicalPath => null;

        public string Name => name;

        public DateTimeOffset LastModified => Loaded;

        public bool IsDirectory => false;

        public Stream CreateReadStream() => new MemoryStream(bytes, writable: false);
    }
}
