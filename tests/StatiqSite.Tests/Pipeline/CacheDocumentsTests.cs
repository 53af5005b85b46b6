using System.Collections.Immutable;
using StatiqSite.Pipeline;

namespace StatiqSite.Tests.Pipeline;

public class CacheDocumentsTests
{
    private static readonly Key<string> Made = new("made");

    private static Document Page(string content = "tekst") => new() { Source = "a.md", Destination = "a/index.html", Content = content };

    [Fact]
    public async Task A_document_with_the_same_code_gets_the_remembered_result_without_running_the_module()
    {
        var module = new Counting();
        var cache = new CacheDocuments(new Code(), module);
        var context = new Context();

        var first = await cache.ExecuteAsync([Page()], context);
        var second = await cache.ExecuteAsync([Page()], context);

        Assert.Equal(1, module.Runs);
        Assert.Same(first.Single(), second.Single());
    }

    [Fact]
    public async Task A_change_in_the_document_or_the_run_runs_the_module_again()
    {
        var module = new Counting();
        var code = new Code();
        var cache = new CacheDocuments(code, module);
        var context = new Context();

        await cache.ExecuteAsync([Page()], context);
        await cache.ExecuteAsync([Page("andere tekst")], context);
        code.Run = "glossary changed";
        var last = await cache.ExecuteAsync([Page("andere tekst")], context);

        Assert.Equal(3, module.Runs);
        Assert.Equal("run 3", last.Single().Get(Made));
    }

    [Fact]
    public async Task A_remembered_result_reports_its_diagnostics_again()
    {
        var cache = new CacheDocuments(new Code(), new Counting(warn: true));
        var first = new Context();
        var second = new Context();

        await cache.ExecuteAsync([Page()], first);
        await cache.ExecuteAsync([Page()], second);

        Assert.Equal("a.md:2:3: warning: let op", Assert.Single(first.Diagnostics.Sorted()).ToString());
        Assert.Equal("a.md:2:3: warning: let op", Assert.Single(second.Diagnostics.Sorted()).ToString());
    }

    [Fact]
    public async Task A_build_that_is_not_incremental_always_runs_the_module()
    {
        var module = new Counting();
        var cache = new CacheDocuments(new Code(), module);
        var context = new Context(incremental: false);

        await cache.ExecuteAsync([Page()], context);
        await cache.ExecuteAsync([Page()], context);

        Assert.Equal(2, module.Runs);
    }

    [Fact]
    public void An_output_module_is_set_up_every_run_and_runs_only_for_changed_documents()
    {
        var output = new CountingOutput();
        IOutputModule cache = new CacheDocuments(new Code(), output);
        var context = new Context();

        foreach (var content in new[] { "een", "een", "twee" })
        {
            var state = cache.BeforeExecution(context);
            cache.Execute(Page(content), state, context).ToList();
        }

        Assert.Equal((3, 2), (output.Setups, output.Runs));
    }

    private sealed class Code : ICacheCode
    {
        public string Run { get; set; } = "";

        public string OfRun(IExecutionContext context, object? state) => Run;

        public string OfDocument(Document document) => document.Content;
    }

    private sealed class Counting(bool warn = false) : DocumentModule
    {
        private int _runs;

        public int Runs => _runs;

        protected override IEnumerable<Document> Execute(Document input, IExecutionContext context)
        {
            var run = Interlocked.Increment(ref _runs);
            if (warn)
            {
                context.Diagnostics.Warning(input.Source!, 2, 3, "let op");
            }

            yield return input.With(Made, $"run {run}");
        }
    }

    private sealed class CountingOutput : DocumentOutputModule<int>
    {
        public int Setups { get; private set; }

        public int Runs { get; private set; }

        protected override int BeforeExecution(IExecutionContext context) => ++Setups;

        protected override IEnumerable<Document> Execute(Document document, int state, IExecutionContext context)
        {
            Runs++;
            return [document];
        }
    }

    private sealed class Context(bool incremental = true) : IExecutionContext
    {
        public BuildSettings Settings { get; } = new() { InputDirectory = "in", ThemeDirectory = "theme", OutputDirectory = "out", Incremental = incremental };

        public DiagnosticBag Diagnostics { get; } = new();

        public string PipelineName => "Test";

        public Phase Phase => Phase.Process;

        public string OutputRoot => "out";

        public ImmutableArray<Document> OutputsOf(string pipeline) => [];
    }
}
