using StatiqSite.Cli;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Cli;

public class CommandLineTests
{
    [Theory]
    [InlineData("bouw")]
    [InlineData("build", "--onbekend")]
    [InlineData("build", "--output")]
    [InlineData("preview", "--port", "nul")]
    [InlineData("build", "--base-path", "/../x")]
    public async Task Wrong_usage_exits_with_2_and_says_why(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await CommandLine.RunAsync(args, output, error);

        Assert.Equal(CommandLine.Usage, exit);
        Assert.StartsWith("error: ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_lists_the_commands()
    {
        using var output = new StringWriter();

        var exit = await CommandLine.RunAsync(["--help"], output, TextWriter.Null);

        Assert.Equal(CommandLine.Success, exit);
        Assert.Contains("check", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("--base-path", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_build_prints_its_phases_and_a_summary()
    {
        using var site = new TestSite().Page("index.md", "Home", "Tekst.\n");

        var run = await CliRunner.RunAsync(site, "build");

        Assert.Equal(CommandLine.Success, run.ExitCode);
        Assert.Contains("Process", run.Output, StringComparison.Ordinal);
        Assert.Contains("Built 2 pages", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timings_print_a_row_per_module()
    {
        using var site = new TestSite().Page("index.md", "Home", "Tekst.\n");

        var run = await CliRunner.RunAsync(site, "build", "--timings");

        Assert.Contains("RenderMarkdown", run.Output, StringComparison.Ordinal);
        Assert.Contains("ApplyLayout", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_input_folder_is_wrong_usage()
    {
        using var error = new StringWriter();

        var exit = await CommandLine.RunAsync(["build", "--input", "/bestaat/niet"], TextWriter.Null, error);

        Assert.Equal(CommandLine.Usage, exit);
        Assert.Contains("/bestaat/niet", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/", "/")]
    [InlineData("sub", "/sub/")]
    [InlineData("/sub", "/sub/")]
    [InlineData("/a/b/", "/a/b/")]
    public void Base_paths_are_normalised(string given, string expected) =>
        Assert.Equal(expected, ArgumentParser.NormaliseBasePath(given));
}
