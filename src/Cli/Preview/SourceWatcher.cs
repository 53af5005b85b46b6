using System.Threading.Channels;

namespace StatiqSite.Cli.Preview;

/// <summary>
/// Watches the input and theme folders and hands out changes in batches: editors write a file several times
/// per save (temporary file, rename, touch), so a batch ends only after <see cref="Quiet"/> without events.
/// When the watcher's buffer overflows, the batch names the folder itself, which asks for a full rebuild.
/// </summary>
public sealed class SourceWatcher : IDisposable
{
    /// <summary>How long the folders must stay quiet before a batch is handed out.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(60);

    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>();
    private readonly List<FileSystemWatcher> _watchers = [];

    /// <summary>Starts watching the given folders (and everything below them).</summary>
    public SourceWatcher(params IEnumerable<string> folders)
    {
        foreach (var folder in folders)
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => Add(e.FullPath);
            watcher.Created += (_, e) => Add(e.FullPath);
            watcher.Deleted += (_, e) => Add(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Add(e.OldFullPath);
                Add(e.FullPath);
            };
            watcher.Error += (_, _) => _changes.Writer.TryWrite(Path.GetFullPath(folder));
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>Waits for a change, then collects changes until the folders are quiet; full paths, sorted.</summary>
    public async Task<IReadOnlyList<string>> NextBatchAsync(CancellationToken cancel)
    {
        var batch = new SortedSet<string>(StringComparer.Ordinal) { await _changes.Reader.ReadAsync(cancel) };
        while (true)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            quiet.CancelAfter(Quiet);
            try
            {
                batch.Add(await _changes.Reader.ReadAsync(quiet.Token));
            }
            catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
            {
                return [.. batch];
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }
    }

    private void Add(string path)
    {
        // Editors' swap and backup files ("4913", ".x.swp", "x~") are not part of the site.
        var name = Path.GetFileName(path);
        if (!name.EndsWith('~') && !name.EndsWith(".swp", StringComparison.Ordinal) && !name.StartsWith('.'))
        {
            _changes.Writer.TryWrite(Path.GetFullPath(path));
        }
    }
}
