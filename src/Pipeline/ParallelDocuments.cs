using System.Collections.Immutable;
using System.Diagnostics;

namespace StatiqSite.Pipeline;

/// <summary>
/// Runs a transformation on every document in parallel, keeps the input order (the output never depends on
/// thread timing), and records the time spent on each document for <c>build --timings</c>, garbage-collection pauses
/// left out: two timestamps and two reads of the pause counter per document, so the cost is negligible.
/// </summary>
public static class ParallelDocuments
{
    /// <summary>Maps each document to zero, one or more documents.</summary>
    /// <param name="inputs">The documents.</param>
    /// <param name="context">Where the times are recorded.</param>
    /// <param name="module">The module's name, as in the timings table.</param>
    /// <param name="transform">The work on one document; may be an iterator.</param>
    public static ImmutableArray<Document> Map(
        ImmutableArray<Document> inputs, IExecutionContext context, string module, Func<Document, IEnumerable<Document>> transform)
    {
        var results = new Document[inputs.Length][];
        var elapsed = new TimeSpan[inputs.Length];
        Parallel.For(0, inputs.Length, i =>
        {
            var paused = GC.GetTotalPauseDuration();
            var start = Stopwatch.GetTimestamp();
            // Materialised here, on the worker thread: an iterator (yield return) would otherwise run later, on one thread.
            results[i] = [.. transform(inputs[i])];
            // A garbage collection stops every thread; charged to whichever pages were running, it would hide the slow ones.
            var time = Stopwatch.GetElapsedTime(start) - (GC.GetTotalPauseDuration() - paused);
            elapsed[i] = time > TimeSpan.Zero ? time : TimeSpan.Zero;
        });

        var times = ImmutableArray.CreateBuilder<DocumentTime>(inputs.Length);
        var count = 0;
        for (var i = 0; i < inputs.Length; i++)
        {
            times.Add(new DocumentTime(inputs[i].DisplayPath, elapsed[i]));
            count += results[i].Length;
        }

        context.RecordDocumentTimes(module, times.MoveToImmutable());
        var outputs = ImmutableArray.CreateBuilder<Document>(count);
        foreach (var result in results)
        {
            outputs.AddRange(result);
        }

        return outputs.MoveToImmutable();
    }
}
