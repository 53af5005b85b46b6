namespace StatiqSite.Pipeline;

/// <summary>
/// The engine's memory policy, in one place. What the engine does in its control flow to hold little is structural:
/// phases take their inputs out of their tables, the output phase consumes a queue (see <see cref="IOutputModule"/>),
/// and a <see cref="Pipeline.PrivateContent"/> pipeline shows others its documents without content. The one explicit
/// step is here, kept because it was measured to pay (docs/performance.md).
/// </summary>
public static class MemoryPolicy
{
    // Above this many bytes on the heap after post-process, a full collection precedes the output phase.
    private const long LargeHeap = 512L << 20;

    /// <summary>
    /// Before the output phase of a large build, one full compacting collection: the output phase allocates every
    /// finished page again, and starting it from live data only (post-process leaves parsed pages and index tables
    /// behind) lowered a 10,000-page build's peak from about 1.1 to 0.92 GB for a few hundred milliseconds. Not for
    /// a small site, where memory does not matter, nor in the preview, which rebuilds often.
    /// </summary>
    public static void BeforeOutput(BuildSettings settings)
    {
        if (!settings.Incremental && GC.GetTotalMemory(forceFullCollection: false) > LargeHeap)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        }
    }
}
