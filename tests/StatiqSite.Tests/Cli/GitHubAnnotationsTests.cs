using StatiqSite.Cli;
using StatiqSite.Pipeline;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Cli;

public class GitHubAnnotationsTests
{
    [Theory]
    [InlineData(Severity.Error, "input/x.md", "broken link 'a.md'", "::error file=input/x.md,line=3,col=7::broken link 'a.md'")]
    [InlineData(Severity.Warning, "input/_glossary.yml", "unknown key 'titel'", "::warning file=input/_glossary.yml,line=3,col=7::unknown key 'titel'")]
    [InlineData(Severity.Error, "input/a,b:c.md", "100% fout\r\nregel twee: x, y", "::error file=input/a%2Cb%3Ac.md,line=3,col=7::100%25 fout%0D%0Aregel twee: x, y")]
    public void A_diagnostic_becomes_a_workflow_command_with_its_escaping(Severity severity, string path, string message, string expected)
    {
        var workspace = Path.GetFullPath("/repo");

        var command = GitHubAnnotations.Command(new Diagnostic(Path.Combine(workspace, path), 3, 7, severity, message), workspace);

        Assert.Equal(expected, command);
    }

    [Fact]
    public async Task In_GitHub_Actions_each_problem_is_also_annotated_relative_to_the_workspace()
    {
        using var site = new TestSite().Page("index.md", "Home", "Zie [weg](weg.md).\n");
        var environment = new Dictionary<string, string?> { ["GITHUB_ACTIONS"] = "true", ["GITHUB_WORKSPACE"] = site.Root };

        var run = await ProgramRun.RunAsync(Path.GetTempPath(), environment, "check", "--input", site.InputDirectory);

        Assert.Equal(CommandLine.ContentErrors, run.ExitCode);
        Assert.Equal(
            ["::error file=input/index.md,line=4,col=5::broken link 'weg.md': there is no page or file 'weg.md' in the input folder"],
            run.Output.Split('\n').Where(l => l.StartsWith("::", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Outside_GitHub_Actions_nothing_is_annotated()
    {
        using var site = new TestSite().Page("index.md", "Home", "Zie [weg](weg.md).\n");

        var run = await ProgramRun.RunAsync(site.Root, new Dictionary<string, string?> { ["GITHUB_ACTIONS"] = null }, "check");

        Assert.Equal(CommandLine.ContentErrors, run.ExitCode);
        Assert.DoesNotContain("::error", run.Output, StringComparison.Ordinal);
    }
}
