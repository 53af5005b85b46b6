using System.Text;
using StatiqSite.Build;
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
    public async Task The_layout_output_in_memory_is_the_file_on_disk()
    {
        using var site = new TestSite().Page("index.md", "Home", "Tekst met ë.\n");

        var report = await site.BuildAsync();

        var page = report.Result.Outputs[PipelineNames.Content].Single(d => d.Destination == "index.html");
        Assert.Equal(File.ReadAllBytes(Path.Combine(site.OutputDirectory, "index.html")), page.Bytes!.Value.ToArray());
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
