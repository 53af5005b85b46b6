using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace StatiqSite.Cli.Preview;

/// <summary>
/// Hands each rebuild's <see cref="PreviewEvent"/> to every open browser tab, and remembers the current state
/// (errors or none), so a tab that connects or reconnects learns about errors at once.
/// </summary>
public sealed class LiveReloadHub
{
    private readonly Lock _lock = new();
    private readonly List<Channel<PreviewEvent>> _listeners = [];

    /// <summary>The state of the last build: its errors, or "clean".</summary>
    public PreviewEvent Current { get; private set; } = new(PreviewEventKinds.Clean, 0, [], []);

    /// <summary>Sends an event to every listener.</summary>
    public void Publish(PreviewEvent change)
    {
        lock (_lock)
        {
            Current = change.Kind == PreviewEventKinds.Errors ? change : change with { Kind = PreviewEventKinds.Clean, Changed = [] };
            foreach (var listener in _listeners)
            {
                listener.Writer.TryWrite(change);
            }
        }
    }

    /// <summary>The current state, then every event published, until <paramref name="cancel"/> fires.</summary>
    public async IAsyncEnumerable<PreviewEvent> Listen([EnumeratorCancellation] CancellationToken cancel)
    {
        var channel = Channel.CreateUnbounded<PreviewEvent>(new UnboundedChannelOptions { SingleReader = true });
        lock (_lock)
        {
            channel.Writer.TryWrite(Current);
            _listeners.Add(channel);
        }

        try
        {
            while (await WaitAsync(channel.Reader, cancel))
            {
                while (channel.Reader.TryRead(out var change))
                {
                    yield return change;
                }
            }
        }
        finally
        {
            lock (_lock)
            {
                _listeners.Remove(channel);
            }
        }
    }

    private static async Task<bool> WaitAsync(ChannelReader<PreviewEvent> reader, CancellationToken cancel)
    {
        try
        {
            return await reader.WaitToReadAsync(cancel);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
