using System.Diagnostics;
using StatiqSite.Build;
using StatiqSite.Cli;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Build;

/// <summary>
/// Errors of the machine. A full disk and a mount point are made for real, without privileges: the build runs in
/// a user and mount namespace of its own (<c>unshare -rm</c>) with a small tmpfs mounted there; the test is skipped
/// where the kernel does not allow that. What the shell prints after the build shows what was left on the tmpfs.
/// </summary>
public class MachineErrorsTests
{
    [Fact]
    public void A_file_system_error_is_found_inside_the_engines_aggregate()
    {
        var full = new IOException("No space left on device : '/x/index.html'");

        Assert.Same(full, MachineErrors.Find(new AggregateException(new AggregateException(full))));
        Assert.Null(MachineErrors.Find(new AggregateException(new InvalidOperationException("a bug"))));
    }

    [Fact]
    public async Task A_full_disk_is_a_message_naming_the_file_and_nothing_is_left_behind()
    {
        using var site = new TestSite().Page("index.md", "Home", "Tekst.\n");
        var disk = Path.Combine(site.Root, "klein");
        Directory.CreateDirectory(disk);
        var output = Path.Combine(disk, "output");

        var (exit, text) = await InNamespaceAsync(
            $"mount -t tmpfs -o size=64k tmpfs '{disk}' && mkdir '{output}' && echo x > '{output}/{OutputFolder.MarkerName}' && echo oud > '{output}/index.html'"
            + $" && {Build(site, output)}; echo \"exit $?\"; ls -A '{disk}'; cat '{output}/index.html'");

        Assert.Equal(0, exit);
        Assert.Contains("error: the build could not read or write a file: No space left on device : '" + disk + "/.output.building/", text, StringComparison.Ordinal);
        Assert.EndsWith($"exit {CommandLine.ContentErrors}\n.output.lock\noutput\noud\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mount_point_as_output_folder_is_a_message_saying_to_build_inside_it_and_it_stays_as_it_was()
    {
        using var site = new TestSite().Page("index.md", "Home", "Tekst.\n");
        var output = site.OutputDirectory;
        Directory.CreateDirectory(output);

        var (exit, text) = await InNamespaceAsync(
            $"mount -t tmpfs -o size=1m tmpfs '{output}' && echo x > '{output}/{OutputFolder.MarkerName}' && echo oud > '{output}/index.html'"
            + $" && {Build(site, output)}; echo \"exit $?\"; ls -A '{output}'; cat '{output}/index.html'");

        Assert.Equal(0, exit);
        Assert.Contains($"error: the build could not read or write a file: '{output}' cannot be moved aside for the new build (Device or resource busy)", text, StringComparison.Ordinal);
        Assert.Contains($"build into a folder inside it (--output {output}/site)", text, StringComparison.Ordinal);
        Assert.EndsWith($"exit {CommandLine.ContentErrors}\n{OutputFolder.MarkerName}\nindex.html\noud\n", text, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.Root, ".output.building")));
    }

    private static string Build(TestSite site, string output) =>
        $"dotnet '{Path.Combine(AppContext.BaseDirectory, "StatiqSite.dll")}' build --input '{site.InputDirectory}' --theme '{Repository.Theme}' --output '{output}' 2>&1 | grep -v '^[A-Za-z]* *[0-9]* ms$'";

    /// <summary>Runs a shell script as root of a new user and mount namespace; skips the test where that is not allowed.</summary>
    private static async Task<(int Exit, string Output)> InNamespaceAsync(string script)
    {
        var (probe, _) = await RunAsync("unshare", "-rm", "sh", "-c", "mount -t tmpfs tmpfs /mnt");
        if (probe != 0)
        {
            Assert.Skip("unshare -rm with a tmpfs mount is not allowed here");
        }

        // The pipe through grep hides the phase lines; pipefail keeps the generator's exit status.
        return await RunAsync("unshare", "-rm", "bash", "-o", "pipefail", "-c", script);
    }

    private static async Task<(int Exit, string Output)> RunAsync(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output + await error);
    }
}
