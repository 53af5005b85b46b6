using StatiqSite.Tests.Support;
using StatiqSite.Theme;

namespace StatiqSite.Tests.Theme;

public class PartialFilesTests
{
    [Fact]
    public void Partials_are_read_once_and_served_from_memory()
    {
        var folder = Directory.CreateTempSubdirectory("statiqsite-partials-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "groet.liquid"), "Hallo {{ naam }}");
            var partials = PartialFiles.Read(folder);
            File.WriteAllText(Path.Combine(folder, "groet.liquid"), "gewijzigd");

            using var reader = new StreamReader(partials.GetFileInfo("groet.liquid").CreateReadStream());

            Assert.Equal("Hallo {{ naam }}", reader.ReadToEnd());
            Assert.False(partials.GetFileInfo("onbekend.liquid").Exists);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Pages_still_get_every_partial_of_the_theme()
    {
        using var site = new TestSite().Page("index.md", "Home", "Tekst.\n").Page("a/b.md", "B", "Meer tekst.\n");

        await site.BuildAsync();

        var page = site.Html("a/b/index.html");
        Assert.NotNull(page.QuerySelector("nav.site-nav a[href='../../index.html']"));
        Assert.NotNull(page.QuerySelector("head link[rel=stylesheet]"));
    }
}
