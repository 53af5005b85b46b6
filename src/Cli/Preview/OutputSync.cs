using System.Text;
using StatiqSite.Build;
using StatiqSite.Pipeline;

namespace StatiqSite.Cli.Preview;

/// <summary>
/// Writes a successful preview build into the served folder file by file, from the documents in memory: only
/// files whose bytes differ from what was published last are written (each through a temporary file and a
/// rename, so a request never sees half a file), files the build no longer makes are deleted (never the output
/// folder's marker, <see cref="OutputFolder.MarkerName"/>). Writing a
/// thousand unchanged pages on every save is what made rebuilds slow; comparing in memory is nearly free,
/// since unchanged pages come out of the preview's cache (<see cref="CacheDocuments"/>) as the very same bytes. The served folder itself is
/// never swapped, so a request during a rebuild never finds it missing.
/// </summary>
public sealed class OutputSync
{
    private const string TemporarySuffix = ".preview-tmp";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private Dictionary<string, Document>? _published;

    /// <summary>
    /// Writes the changed documents below <paramref name="output"/> at their destinations, as WriteFiles does;
    /// returns the output-relative paths written or deleted, sorted. The first call compares with the files on disk.
    /// </summary>
    public IReadOnlyList<string> Publish(IEnumerable<Document> documents, string output)
    {
        Directory.CreateDirectory(output);
        var changes = new List<string>();
        var published = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            published[document.Destination] = document;
            var path = Path.Combine(output, document.Destination);
            var same = _published is null
                ? SameAsFile(document, path)
                : _published.TryGetValue(document.Destination, out var before) && SameBytes(before, document);
            if (!same)
            {
                Write(document, path);
                changes.Add(document.Destination);
            }
        }

        var stale = _published is null
            ? Entries(new DirectoryInfo(output)).Select(e => Path.GetRelativePath(output, e.FullName).Replace('\\', '/'))
            : _published.Keys;
        foreach (var destination in stale.Where(d => !published.ContainsKey(d) && d != OutputFolder.MarkerName).ToList())
        {
            // A link is removed itself (FileInfo.Delete unlinks): what it points at stays untouched.
            new FileInfo(Path.Combine(output, destination)).Delete();
            changes.Add(destination);
        }

        DeleteEmptyFolders(output);
        _published = published;
        changes.Sort(StringComparer.Ordinal);
        return changes;
    }

    private static byte[] BytesOf(Document document) => document.Bytes?.ToArray() ?? Utf8.GetBytes(document.Content);

    private static bool SameBytes(Document before, Document now) =>
        before.Bytes is { } a && now.Bytes is { } b ? a.Span.SequenceEqual(b.Span)
        : before.Bytes is null && now.Bytes is null && string.Equals(before.Content, now.Content, StringComparison.Ordinal);

    private static bool SameAsFile(Document document, string path)
    {
        var file = new FileInfo(path);
        return file.Exists && file.LinkTarget is null && BytesOf(document).AsSpan().SequenceEqual(File.ReadAllBytes(path));
    }

    private static void Write(Document document, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + TemporarySuffix;
        File.WriteAllBytes(temporary, BytesOf(document));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Files and links below a folder, without following links into folders elsewhere.</summary>
    private static IEnumerable<FileSystemInfo> Entries(DirectoryInfo folder)
    {
        foreach (var entry in folder.EnumerateFileSystemInfos())
        {
            if (entry is DirectoryInfo { LinkTarget: null } subfolder)
            {
                foreach (var inner in Entries(subfolder))
                {
                    yield return inner;
                }
            }
            else
            {
                yield return entry;
            }
        }
    }

    private static void DeleteEmptyFolders(string root)
    {
        foreach (var folder in new DirectoryInfo(root).EnumerateDirectories())
        {
            if (folder.LinkTarget is null)
            {
                DeleteEmptyFolders(folder.FullName);
                if (!folder.EnumerateFileSystemInfos().Any())
                {
                    folder.Delete();
                }
            }
        }
    }
}
