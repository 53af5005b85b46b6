using System.Collections.Immutable;
using StatiqSite.Pipeline;

namespace StatiqSite.Tests.Pipeline;

public class EngineTests
{
    private static readonly Key<string> Seen = new("seen");

    private static BuildSettings Settings(bool dryRun = false) => new()
    {
        InputDirectory = "in",
        ThemeDirectory = "theme",
        OutputDirectory = "out",
        DryRun = dryRun,
    };

    [Fact]
    public async Task Process_phase_sees_the_output_of_its_dependencies()
    {
        var first = new StatiqSite.Pipeline.Pipeline("First") { Input = [new Emit("a", "b")] };
        var second = new StatiqSite.Pipeline.Pipeline("Second")
        {
            Dependencies = ["First"],
            Input = [new Emit("x")],
            Process = [new Lambda((docs, ctx) => [.. docs.Select(d => d.With(Seen, string.Join(",", ctx.OutputsOf("First").Select(f => f.Destination))))])],
        };

        var result = await new Engine([second, first]).RunAsync(Settings(), new DiagnosticBag(), "unused");

        Assert.Equal("a,b", result.Outputs["Second"].Single().Get(Seen));
    }

    [Fact]
    public async Task Reading_an_undeclared_pipeline_in_process_is_a_programming_error()
    {
        var first = new StatiqSite.Pipeline.Pipeline("First") { Input = [new Emit("a")] };
        var second = new StatiqSite.Pipeline.Pipeline("Second") { Process = [new Lambda((docs, ctx) => ctx.OutputsOf("First"))] };

        await Assert.ThrowsAsync<InvalidOperationException>(() => new Engine([first, second]).RunAsync(Settings(), new DiagnosticBag(), "unused"));
    }

    [Fact]
    public async Task Post_process_sees_every_pipeline()
    {
        var first = new StatiqSite.Pipeline.Pipeline("First") { Input = [new Emit("a")] };
        var second = new StatiqSite.Pipeline.Pipeline("Second")
        {
            Input = [new Emit("x")],
            PostProcess = [new Lambda((docs, ctx) => [.. docs.Select(d => d.With(Seen, ctx.OutputsOf("First").Single().Destination))])],
        };

        var result = await new Engine([first, second]).RunAsync(Settings(), new DiagnosticBag(), "unused");

        Assert.Equal("a", result.Outputs["Second"].Single().Get(Seen));
    }

    [Fact]
    public async Task A_pipeline_with_private_content_shows_others_its_documents_without_content_and_keeps_it_for_itself()
    {
        var pages = new StatiqSite.Pipeline.Pipeline("Pages")
        {
            PrivateContent = true,
            Input = [new Emit("a")],
            Process = [new Lambda((docs, _) => [.. docs.Select(d => d with { Content = "<p>body</p>" })])],
            PostProcess = [new Lambda((docs, ctx) => [.. docs.Select(d => d.With(Seen, $"own '{d.Content}', shared '{ctx.OutputsOf("Pages").Single().Content}'"))])],
        };
        var other = new StatiqSite.Pipeline.Pipeline("Other")
        {
            Input = [new Emit("x")],
            PostProcess = [new Lambda((docs, ctx) => [.. docs.Select(d => d.With(Seen, $"'{ctx.OutputsOf("Pages").Single().Content}' at {ctx.OutputsOf("Pages").Single().Destination}"))])],
        };

        var result = await new Engine([pages, other]).RunAsync(Settings(), new DiagnosticBag(), "unused");

        Assert.Equal("own '<p>body</p>', shared ''", result.Outputs["Pages"].Single().Get(Seen));
        Assert.Equal("'' at a", result.Outputs["Other"].Single().Get(Seen));
    }

    [Fact]
    public async Task Output_modules_set_up_once_per_run_then_see_one_document_at_a_time_in_input_order()
    {
        var setups = 0;
        var pipeline = new StatiqSite.Pipeline.Pipeline("Only")
        {
            Input = [new Emit([.. Enumerable.Range(0, 200).Select(i => $"p{i}")])],
            Output =
            [
                new OutputLambda(_ => Interlocked.Increment(ref setups), (d, _) => d.With(Seen, "laid out")),
                new OutputLambda(_ => Interlocked.Increment(ref setups), (d, state) => d.With(Seen, d.Get(Seen) + ", written")),
            ],
        };

        var result = await new Engine([pipeline]).RunAsync(Settings(), new DiagnosticBag(), "unused");

        Assert.Equal(2, setups);
        Assert.Equal(Enumerable.Range(0, 200).Select(i => $"p{i}"), result.Outputs["Only"].Select(d => d.Destination));
        Assert.All(result.Outputs["Only"], d => Assert.Equal("laid out, written", d.Get(Seen)));
        Assert.Equal(["OutputLambda", "OutputLambda"], result.Timings.Where(t => t.Phase == Phase.Output).Select(t => t.Module));
        Assert.Equal([200, 200], result.DocumentTimings.Where(t => t.Phase == Phase.Output).Select(t => t.Times.Length));
    }

    [Fact]
    public async Task Each_output_document_gets_the_state_its_run_set_up()
    {
        var run = 0;
        var pipeline = new StatiqSite.Pipeline.Pipeline("Only")
        {
            Input = [new Emit("a", "b")],
            Output = [new OutputLambda(_ => Interlocked.Increment(ref run), (d, state) => d.With(Seen, $"run {state}"))],
        };
        var engine = new Engine([pipeline]);

        await engine.RunAsync(Settings(), new DiagnosticBag(), "unused");
        var second = await engine.RunAsync(Settings(), new DiagnosticBag(), "unused");

        Assert.All(second.Outputs["Only"], d => Assert.Equal("run 2", d.Get(Seen)));
    }

    [Fact]
    public async Task A_dry_run_runs_the_output_phase_too_and_returns_what_it_made()
    {
        var pipeline = new StatiqSite.Pipeline.Pipeline("Only")
        {
            Input = [new Emit("a")],
            Output = [new OutputLambda(ctx => ctx.Settings.DryRun ? "not written" : "written", (d, state) => d.With(Seen, (string)state!))],
        };

        var result = await new Engine([pipeline]).RunAsync(Settings(dryRun: true), new DiagnosticBag(), "unused");

        Assert.Equal("not written", result.Outputs["Only"].Single().Get(Seen));
    }

    [Fact]
    public async Task Output_phase_does_not_run_when_an_error_was_reported()
    {
        var wrote = false;
        var pipeline = new StatiqSite.Pipeline.Pipeline("Only")
        {
            Input = [new Emit("a")],
            Process = [new Lambda((docs, ctx) => { ctx.Diagnostics.Error("a.md", 3, 4, "kapot"); return docs; })],
            Output = [new OutputLambda(_ => wrote = true, (d, _) => d)],
        };

        var result = await new Engine([pipeline]).RunAsync(Settings(), new DiagnosticBag(), "unused");

        Assert.False(result.Succeeded);
        Assert.False(wrote);
        Assert.Equal("a.md:3:4: kapot", result.Diagnostics.Single().ToString());
    }

    [Fact]
    public async Task Per_document_modules_keep_input_order_whatever_the_thread_timing()
    {
        var names = Enumerable.Range(0, 200).Select(i => $"d{i:000}").ToArray();
        var pipeline = new StatiqSite.Pipeline.Pipeline("Only") { Input = [new Emit(names)], Process = [new SlowEcho()] };

        var result = await new Engine([pipeline]).RunAsync(Settings(), new DiagnosticBag(), "unused");

        Assert.Equal(names, result.Outputs["Only"].Select(d => d.Destination));
    }

    [Fact]
    public void Circular_dependencies_are_refused()
    {
        var a = new StatiqSite.Pipeline.Pipeline("A") { Dependencies = ["B"] };
        var b = new StatiqSite.Pipeline.Pipeline("B") { Dependencies = ["A"] };

        var error = Assert.Throws<ArgumentException>(() => new Engine([a, b]));
        Assert.Contains("circle", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timings_name_every_module_that_ran()
    {
        var pipeline = new StatiqSite.Pipeline.Pipeline("Only") { Input = [new Emit("a")], Process = [new SlowEcho()] };

        var result = await new Engine([pipeline]).RunAsync(Settings(), new DiagnosticBag(), "unused");

        Assert.Equal(["Emit", "SlowEcho"], result.Timings.Select(t => t.Module));
    }

    private sealed class Emit(params string[] destinations) : Module
    {
        protected override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context) =>
            inputs.AddRange(destinations.Select(d => new Document { Destination = d }));
    }

    private sealed class Lambda(Func<ImmutableArray<Document>, IExecutionContext, ImmutableArray<Document>> body) : Module
    {
        protected override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context) => body(inputs, context);
    }

    private sealed class OutputLambda(Func<IExecutionContext, object?> setup, Func<Document, object?, Document> body) : IOutputModule
    {
        public object? BeforeExecution(IExecutionContext context) => setup(context);

        public IEnumerable<Document> Execute(Document document, object? state, IExecutionContext context) => [body(document, state)];
    }

    private sealed class SlowEcho : DocumentModule
    {
        protected override IEnumerable<Document> Execute(Document input, IExecutionContext context)
        {
            Thread.Sleep(input.Destination.GetHashCode(StringComparison.Ordinal) & 3);
            yield return input;
        }
    }
}
