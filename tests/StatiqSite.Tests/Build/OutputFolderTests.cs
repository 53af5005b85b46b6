using System.Diagnostics;
using StatiqSite.Build;
using StatiqSite.Cli;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Build;

/// <summary>
/// The output folder end to end through the command line: refused folders are left exactly as they were (and
/// nothing is created beside them), the marker, the trailing slash, the lock, and errors of the machine.
/// </summary>
public class OutputFolderTests
{
    /// <summary>A temporary "repository": input/ with a valid site, theme/, .git/ and an uncommitted file.</summary>
    private static TestSite Repository()
    {
        var site = new TestSite().Page("index.md", "Home", "Tekst.\n");
        Write(site.Root, ".git/HEAD", "ref: refs/heads/main\n");
        Write(site.Root, "theme/layouts/page.liquid", "{{ content }}");
        Write(site.Root, "notities.txt", "nog niet gecommit");
        Write(site.Root, "documenten/brief.txt", "Beste ...");
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "koppeling"), site.InputDirectory);
        return site;
    }

    [Theory]
    [InlineData(".", "holds the input or theme folder (like '--output .' at the repository root)")]
    [InlineData("./", "holds the input or theme folder (like '--output .' at the repository root)")]
    [InlineData("input", "is the input folder")]
    [InlineData("input/", "is the input folder")]
    [InlineData("koppeling", "is the input folder")]
    [InlineData("input/out", "is inside the input folder")]
    [InlineData("theme", "holds the input or theme folder")]
    [InlineData("documenten", "holds files that are not a build of this generator (like 'brief.txt')")]
    public async Task A_refused_folder_is_named_with_the_reason_and_nothing_is_touched(string output, string reason)
    {
        using var site = Repository();
        var before = Tree(site.Root);

        var run = await CliRunner.RunArgsAsync(
            "build", "--input", site.InputDirectory, "--theme", Path.Combine(site.Root, "theme"), "--output", Path.Combine(site.Root, output));

        Assert.Equal(CommandLine.Usage, run.ExitCode);
        Assert.StartsWith("error: the output folder '", run.Error, StringComparison.Ordinal);
        Assert.Contains(reason, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, Tree(site.Root));
    }

    [Fact]
    public async Task The_home_folder_is_refused_and_left_as_it_was()
    {
        using var site = Repository();
        var home = Path.Combine(site.Root, "thuis");
        Write(home, ".bashrc", "alias ll='ls -l'\n");
        Write(home, "Documenten/cv.odt", "cv");
        var before = Tree(site.Root);

        var (exit, _, error) = await GeneratorProcess.RunAsync(
            new Dictionary<string, string> { ["HOME"] = home },
            "build", "--input", site.InputDirectory, "--theme", StatiqSite.Tests.Support.Repository.Theme, "--output", home);

        Assert.Equal(CommandLine.Usage, exit);
        Assert.Contains($"error: the output folder '{home}' is or holds your home folder", error, StringComparison.Ordinal);
        Assert.Equal(before, Tree(site.Root));
    }

    [Fact]
    public async Task A_trailing_slash_names_the_same_folder_and_the_build_leaves_nothing_beside_it_but_the_lock()
    {
        using var site = new TestSite().Page("index.md", "Home", "Tekst.\n");

        var run = await CliRunner.RunArgsAsync(
            "build", "--input", site.InputDirectory, "--theme", StatiqSite.Tests.Support.Repository.Theme, "--output", site.OutputDirectory + "/");

        Assert.Equal(CommandLine.Success, run.ExitCode);
        Assert.True(site.Exists("index.html"));
        Assert.Equal([".output.lock", "input", "output"], Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_build_leaves_the_marker_which_no_page_and_not_the_sitemap_mentions()
    {
        using var site = new TestSite().Page("index.md", "Home", "Tekst.\n");

        var first = await site.BuildAsync();
        var second = await site.BuildAsync();

        Assert.True(first.Succeeded && second.Succeeded);
        Assert.Equal(OutputFolder.MarkerText, site.Read(OutputFolder.MarkerName));
        Assert.DoesNotContain(OutputFolder.MarkerName, site.Read("sitemap.xml"), StringComparison.Ordinal);
        Assert.DoesNotContain(second.Result.Outputs.Values.SelectMany(d => d), d => d.Destination.Contains(OutputFolder.MarkerName, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_second_build_while_the_first_holds_the_lock_stops_at_once_and_changes_nothing()
    {
        using var site = new TestSite().Page("index.md", "Home", "Tekst.\n");
        var held = OutputFolder.Claim(site.Settings(), home: null);

        var blocked = await CliRunner.RunAsync(site, "build");
        var outputWhileHeld = site.Snapshot();
        held.Dispose();
        var after = await CliRunner.RunAsync(site, "build");

        Assert.True(blocked.ExitCode == CommandLine.Usage, blocked.Error);
        Assert.Contains($"another build or preview is writing into '{site.OutputDirectory}' right now", blocked.Error, StringComparison.Ordinal);
        Assert.Equal(CliRunner.OldOutput, outputWhileHeld);
        Assert.Equal(CommandLine.Success, after.ExitCode);
    }

    [Fact]
    public async Task A_file_where_the_staging_folder_must_go_is_a_message_naming_it_and_the_old_output_stays()
    {
        using var site = new TestSite().Page("index.md", "Home", "Tekst.\n");
        var staging = Path.Combine(site.Root, ".output.building");
        File.WriteAllText(staging, "in de weg");

        var run = await CliRunner.RunAsync(site, "build");

        Assert.Equal(CommandLine.ContentErrors, run.ExitCode);
        Assert.StartsWith("error: the build could not read or write a file: ", run.Error, StringComparison.Ordinal);
        Assert.Contains(staging, run.Error, StringComparison.Ordinal);
        Assert.Contains("The previous output was left as it was.", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Equal(CliRunner.OldOutput, site.Snapshot());
    }

    [Fact]
    public async Task An_output_folder_that_cannot_be_replaced_is_a_message_and_the_old_output_stays()
    {
        // Root ignores permission bits, so the folder is made immutable (chattr +i): it can then be neither renamed
        // nor changed, by root too, as a read-only or busy folder cannot.
        using var site = new TestSite().Page("index.md", "Home", "Tekst.\n");
        CliRunner.OldOutput.ToList().ForEach(f => Write(site.OutputDirectory, f.Key, System.Text.Encoding.UTF8.GetString(f.Value)));
        if (!Chattr("+i", site.OutputDirectory))
        {
            Assert.Skip("chattr +i does not work on this file system");
        }

        try
        {
            var run = await CliRunner.RunArgsAsync(
                "build", "--input", site.InputDirectory, "--theme", StatiqSite.Tests.Support.Repository.Theme, "--output", site.OutputDirectory);

            Assert.Equal(CommandLine.ContentErrors, run.ExitCode);
            Assert.StartsWith("error: the build could not read or write a file: ", run.Error, StringComparison.Ordinal);
            Assert.Contains(site.OutputDirectory, run.Error, StringComparison.Ordinal);
            Assert.Equal(CliRunner.OldOutput, site.Snapshot());
            Assert.False(Directory.Exists(Path.Combine(site.Root, ".output.building")));
        }
        finally
        {
            Chattr("-i", site.OutputDirectory);
        }
    }

    /// <summary>Every file and folder below <paramref name="folder"/> (links not followed), files with their bytes.</summary>
    public static SortedDictionary<string, string> Tree(string folder) =>
        new(new DirectoryInfo(folder).EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .ToDictionary(
                e => Path.GetRelativePath(folder, e.FullName),
                e => e switch
                {
                    { LinkTarget: { } target } => "-> " + target,
                    FileInfo file => Convert.ToBase64String(File.ReadAllBytes(file.FullName)),
                    _ => "folder",
                }), StringComparer.Ordinal);

    private static void Write(string root, string path, string text)
    {
        var full = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    private static bool Chattr(string flag, string path)
    {
        try
        {
            using var chattr = Process.Start(new ProcessStartInfo("chattr", [flag, path]) { RedirectStandardError = true })!;
            chattr.WaitForExit();
            return chattr.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
