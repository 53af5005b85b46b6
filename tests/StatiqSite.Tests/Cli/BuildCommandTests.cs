using CorpusGenerator;
using StatiqSite.Build;
using StatiqSite.Cli;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Cli;

public class BuildCommandTests
{
    [Fact]
    public async Task A_failed_check_says_nothing_about_the_output_folder_which_it_never_writes()
    {
        using var site = new TestSite().Write("index.md", "---\ntitle: Home\norder: een\n---\nTekst.\n");

        var check = await CliRunner.RunAsync(site, "check");
        var build = await CliRunner.RunAsync(site, "build");

        Assert.Equal(CommandLine.ContentErrors, check.ExitCode);
        Assert.Contains("Failed: 1 error, 0 warnings.", check.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("output", check.Error, StringComparison.Ordinal);
        Assert.Contains($"Failed: 1 error, 0 warnings. {site.OutputDirectory}/ was left as it was.", build.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public async Task An_interrupted_build_removes_its_staging_folder_releases_the_lock_and_keeps_the_old_output(string signal)
    {
        using var site = new TestSite(withSettings: false);
        new Corpus { Pages = 300, Terms = 40, Seed = 3 }.WriteTo(site.InputDirectory);
        foreach (var (path, bytes) in CliRunner.OldOutput)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(site.OutputDirectory, path))!);
            File.WriteAllBytes(Path.Combine(site.OutputDirectory, path), bytes);
        }

        using var build = GeneratorProcess.Start(null, "build", "--input", site.InputDirectory, "--theme", Repository.Theme, "--output", site.OutputDirectory);
        await build.WaitForOutputAsync("Input ");
        await build.SignalAsync(signal);
        var exit = await build.WaitAsync();

        Assert.True(exit == CommandLine.Interrupted, $"exit {exit}\n{build.Output}\n{build.Error}");
        Assert.Contains($"Stopped: nothing was written, {site.OutputDirectory}/ was left as it was.", build.Error, StringComparison.Ordinal);
        Assert.Equal(CliRunner.OldOutput, site.Snapshot());
        Assert.False(Directory.Exists(Path.Combine(site.Root, ".output.building")));
        OutputFolder.Claim(site.Settings(), home: null).Dispose(); // the lock is free again
    }
}
