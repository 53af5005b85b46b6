using System.Text;
using StatiqSite.Build;
using StatiqSite.Content;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Modules;

public class WriteFilesTests
{
    [Fact]
    public async Task Pages_are_written_as_utf8_without_bom_into_their_folders()
    {
        using var site = new TestSite()
            .Page("index.md", "Reële verwachtingen", "Tekst.\n")
            .Page("a/b/c.md", "Diep", "Tekst.\n");

        var report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        var bytes = File.ReadAllBytes(Path.Combine(site.OutputDirectory, "index.html"));
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Contains("Reële verwachtingen", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.True(site.Exists("a/b/c/index.html"));
    }

    [Fact]
    public async Task A_dry_run_keeps_in_memory_the_bytes_a_build_writes()
    {
        using var site = new TestSite().Page("index.md", "Home", "Tekst met ë.\n");

        var dry = await site.BuildAsync(dryRun: true);
        Assert.False(Directory.Exists(site.OutputDirectory));
        var built = await site.BuildAsync();

        var inMemory = dry.Result.Outputs[PipelineNames.Content].Single(d => d.Destination == "index.html");
        Assert.Equal(File.ReadAllBytes(Path.Combine(site.OutputDirectory, "index.html")), inMemory.Bytes!.Value.ToArray());
        // Once written, a page is not held any more: the build keeps its metadata only.
        var written = built.Result.Outputs[PipelineNames.Content].Single(d => d.Destination == "index.html");
        Assert.Null(written.Bytes);
        Assert.Equal("", written.Content);
        Assert.Equal("Home", written.Get(StatiqSite.Content.Keys.Title));
    }

    [Fact]
    public async Task Copied_files_keep_their_bytes()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x00, 0xFF];
        using var site = new TestSite().Page("index.md", "Home", "![logo](img/logo.png)\n").WriteBytes("img/logo.png", png);

        await site.BuildAsync();

        Assert.Equal(png, File.ReadAllBytes(Path.Combine(site.OutputDirectory, "img/logo.png")));
    }

    [Fact]
    public async Task An_unchanged_file_is_taken_over_from_the_previous_build_and_a_changed_one_written_afresh()
    {
        using var site = new TestSite().Page("index.md", "Home", "Tekst.\n").Page("a.md", "A", "Eerst.\n");
        await site.BuildAsync();
        var past = new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);
        foreach (var file in new[] { "index.html", "a/index.html" })
        {
            File.SetLastWriteTimeUtc(Path.Combine(site.OutputDirectory, file), past);
        }

        site.Page("a.md", "A", "Daarna.\n");
        var report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        // The home page is the previous build's file (a hard link to it), so it keeps its date; the edited page is new.
        Assert.Equal(past, File.GetLastWriteTimeUtc(Path.Combine(site.OutputDirectory, "index.html")));
        Assert.NotEqual(past, File.GetLastWriteTimeUtc(Path.Combine(site.OutputDirectory, "a/index.html")));
        Assert.Contains("Daarna.", site.Read("a/index.html"), StringComparison.Ordinal);
        Assert.Contains("Tekst.", site.Read("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_changed_in_the_output_by_hand_is_written_again()
    {
        using var site = new TestSite().Page("index.md", "Home", "Tekst.\n");
        await site.BuildAsync();
        var path = Path.Combine(site.OutputDirectory, "index.html");
        var built = File.ReadAllBytes(path);
        var edited = (byte[])built.Clone();
        edited[^2] = (byte)'X'; // same length, other bytes
        File.WriteAllBytes(path, edited);

        await site.BuildAsync();

        Assert.Equal(built, File.ReadAllBytes(path));
    }

    [Fact]
    public async Task A_symbolic_link_in_the_previous_output_is_never_taken_over_even_with_the_same_bytes()
    {
        using var site = new TestSite().Page("index.md", "Home", "Tekst.\n");
        await site.BuildAsync();
        var page = Path.Combine(site.OutputDirectory, "index.html");
        var elsewhere = Path.Combine(site.Root, "elders.html");
        File.Copy(page, elsewhere);
        File.Delete(page);
        File.CreateSymbolicLink(page, elsewhere);

        await site.BuildAsync();

        Assert.Null(new FileInfo(page).LinkTarget);
        Assert.Equal(File.ReadAllBytes(elsewhere), File.ReadAllBytes(page));
    }

    [Fact]
    public async Task A_build_stopped_after_writing_leaves_the_previous_output_as_it_was()
    {
        using var site = new TestSite().Page("index.md", "Home", "Tekst.\n").Page("a.md", "A", "Eerst.\n");
        await site.BuildAsync();
        var before = site.Snapshot();

        // The staging folder now holds links to the unchanged files of the output, and a new page; stopping after the
        // output phase deletes it, which must take nothing of the output with it.
        site.Page("a.md", "A", "Daarna.\n");
        await Assert.ThrowsAsync<OperationCanceledException>(() => new SiteBuild().RunAsync(site.Settings(),
            (phase, _) => { if (phase == StatiqSite.Pipeline.Phase.Output) { throw new OperationCanceledException(); } }));

        Assert.Equal(before, site.Snapshot());
        Assert.False(Directory.Exists(Path.Combine(site.Root, ".output.building")));
    }
}
