using System.Collections.Immutable;
using StatiqSite.Pipeline;

namespace StatiqSite.Tests.Pipeline;

public class ParallelDocumentsTests
{
    private static ImmutableArray<Document> Documents(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new Document { Source = $"p{i:000}.md", Destination = $"p{i:000}.html" })];

    [Fact]
    public void Outputs_keep_the_input_order_whatever_each_document_yields()
    {
        var outputs = ParallelDocuments.Map(Documents(200), new RecordingContext(), "Test", Yield);

        var expected = Documents(200).SelectMany(d => Yield(d).Select(o => o.Destination));
        Assert.Equal(expected, outputs.Select(d => d.Destination));
    }

    [Fact]
    public void An_iterator_runs_inside_the_timed_parallel_loop_not_afterwards()
    {
        var ran = 0;
        IEnumerable<Document> Lazy(Document d)
        {
            Interlocked.Increment(ref ran);
            yield return d;
        }

        var context = new RecordingContext(() => ran);

        ParallelDocuments.Map(Documents(50), context, "Test", Lazy);

        Assert.Equal(50, context.ProbeWhenRecorded);
    }

    [Fact]
    public void One_time_is_recorded_per_input_document_under_its_path()
    {
        var context = new RecordingContext();

        ParallelDocuments.Map(Documents(3), context, "RenderMarkdown", d => [d]);

        var (module, times) = Assert.Single(context.Recorded);
        Assert.Equal("RenderMarkdown", module);
        Assert.Equal(["p000.md", "p001.md", "p002.md"], times.Select(t => t.Document));
        Assert.All(times, t => Assert.True(t.Elapsed >= TimeSpan.Zero));
    }

    /// <summary>None, one or two documents, depending on the number in the name.</summary>
    private static IEnumerable<Document> Yield(Document d)
    {
        var n = int.Parse(d.Source![1..4], System.Globalization.CultureInfo.InvariantCulture);
        if (n % 3 == 0)
        {
            yield break;
        }

        yield return d;
        if (n % 3 == 2)
        {
            yield return d with { Destination = d.Destination + ".extra" };
        }
    }

    private sealed class RecordingContext(Func<int>? probe = null) : IExecutionContext
    {
        public List<(string Module, ImmutableArray<DocumentTime> Times)> Recorded { get; } = [];

        /// <summary>The probe's value at the moment the times were recorded.</summary>
        public int ProbeWhenRecorded { get; private set; } = -1;

        public BuildSettings Settings { get; } = new() { InputDirectory = "in", ThemeDirectory = "theme", OutputDirectory = "out" };

        public DiagnosticBag Diagnostics { get; } = new();

        public string PipelineName => "Test";

        public Phase Phase => Phase.Process;

        public string OutputRoot => "out";

        public ImmutableArray<Document> OutputsOf(string pipeline) => [];

        public void RecordDocumentTimes(string module, ImmutableArray<DocumentTime> times)
        {
            ProbeWhenRecorded = probe?.Invoke() ?? -1;
            Recorded.Add((module, times));
        }
    }
}
