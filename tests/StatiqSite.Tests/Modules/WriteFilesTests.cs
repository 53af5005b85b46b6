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
}
