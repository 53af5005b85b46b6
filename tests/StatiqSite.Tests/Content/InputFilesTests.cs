using System.Diagnostics;
using StatiqSite.Cli;
using StatiqSite.Content;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Content;

/// <summary>
/// Only regular files inside input/ are read (issue #13): links leading outside or in a circle, FIFOs and sockets
/// are errors naming them and never opened; a link to a file inside input/ keeps working. These need a file
/// system with links and FIFOs, so they are built here instead of as failing-site folders.
/// </summary>
public class InputFilesTests
{
    [Fact]
    public void A_link_to_a_file_inside_input_is_published_under_its_own_name()
    {
        using var site = new TestSite();
        site.Page("index.md", "Home");
        File.CreateSymbolicLink(Path.Combine(site.InputDirectory, "thuis.md"), "index.md");

        var scan = InputFiles.Scan(site.InputDirectory);

        Assert.Equal(["index.md", "thuis.md"], scan.Files);
        Assert.Empty(scan.Refused);
    }

    [Fact]
    public void Links_leading_outside_nowhere_or_in_a_circle_are_refused_with_why()
    {
        using var site = new TestSite();
        site.Page("index.md", "Home").Page("sub/index.md", "Sub");
        Link(site, "env.txt", "/proc/self/environ");
        Link(site, "passwd.txt", "/etc/passwd");
        Link(site, "a.txt", "b.txt");
        Link(site, "b.txt", "a.txt");
        Link(site, "sub/up", "..");
        Link(site, "gone.png", "nothing.png");
        Link(site, "map", "sub");

        var scan = InputFiles.Scan(site.InputDirectory);

        Assert.Equal(["index.md", "sub/index.md"], scan.Files);
        Assert.Equal(
            [
                "a.txt: this symbolic link goes round in a circle: remove it",
                "b.txt: this symbolic link goes round in a circle: remove it",
                "env.txt: this symbolic link leads outside the input folder, and only files inside it are published: copy the file here instead",
                "gone.png: this symbolic link leads to 'nothing.png', which does not exist: remove it or put the file itself here",
                "map: this symbolic link leads to a folder, and only links to files are followed: link the files, or move the folder here",
                "passwd.txt: this symbolic link leads outside the input folder, and only files inside it are published: copy the file here instead",
                "sub/up: this symbolic link leads to a folder it is in, a circle: remove it",
            ],
            scan.Refused.Select(r => $"{r.Path}: {r.Message}"));
    }

    [Fact]
    public async Task A_fifo_named_like_a_page_is_an_error_and_never_opened()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "FIFOs are a Unix thing");
        using var site = new TestSite();
        site.Page("index.md", "Home");
        MakeFifo(Path.Combine(site.InputDirectory, "x.md"));
        MakeFifo(Path.Combine(site.InputDirectory, "pijp.txt"));

        // Opening a FIFO would block until a writer comes: the test would hang instead of fail.
        var run = await CliRunner.RunAsync(site, "build").WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);

        Assert.Equal(CommandLine.ContentErrors, run.ExitCode);
        Assert.Equal(
            [
                "pijp.txt:1:1: this is a named pipe (FIFO), not a file: only regular files are published; remove it",
                "x.md:1:1: this is a named pipe (FIFO), not a file: only regular files are published; remove it",
            ],
            run.ErrorLines(site));
        Assert.Equal(CliRunner.OldOutput, TestSite.Snapshot(site.OutputDirectory));
    }

    [Fact]
    public async Task The_machines_environment_is_never_published_through_a_link()
    {
        using var site = new TestSite();
        site.Page("index.md", "Home");
        Link(site, "env.txt", "/proc/self/environ");
        Link(site, "_glossary.yml", "/etc/passwd");

        var run = await CliRunner.RunAsync(site, "build");

        Assert.Equal(CommandLine.ContentErrors, run.ExitCode);
        Assert.Equal(
            [
                "_glossary.yml:1:1: this symbolic link leads outside the input folder, and only files inside it are published: copy the file here instead",
                "env.txt:1:1: this symbolic link leads outside the input folder, and only files inside it are published: copy the file here instead",
            ],
            run.ErrorLines(site));
        Assert.Equal(CliRunner.OldOutput, TestSite.Snapshot(site.OutputDirectory));
    }

    private static void Link(TestSite site, string path, string target)
    {
        var full = Path.Combine(site.InputDirectory, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        if (target.EndsWith("..", StringComparison.Ordinal) || Directory.Exists(Path.Combine(Path.GetDirectoryName(full)!, target)))
        {
            Directory.CreateSymbolicLink(full, target);
        }
        else
        {
            File.CreateSymbolicLink(full, target);
        }
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
