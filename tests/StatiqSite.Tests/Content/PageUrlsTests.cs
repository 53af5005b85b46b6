using StatiqSite.Content;

namespace StatiqSite.Tests.Content;

public class PageUrlsTests
{
    [Theory]
    [InlineData("index.md", "index.html")]
    [InlineData("basis/index.md", "basis/index.html")]
    [InlineData("basis/competentie.md", "basis/competentie/index.html")]
    [InlineData("fysieke-afstand.md", "fysieke-afstand/index.html")]
    public void DestinationOf_gives_clean_urls(string source, string destination) =>
        Assert.Equal(destination, PageUrls.DestinationOf(source));

    [Theory]
    [InlineData("basis/competentie/index.html", "index.html", "../../index.html")]
    [InlineData("index.html", "basis/index.html", "basis/index.html")]
    [InlineData("basis/index.html", "basis/competentie/index.html", "competentie/index.html")]
    [InlineData("basis/competentie/index.html", "valkuilen/manager/index.html", "../../valkuilen/manager/index.html")]
    [InlineData("basis/competentie/index.html", "assets/css/site.css", "../../assets/css/site.css")]
    public void Relative_links_work_from_disk_and_under_any_sub_path(string from, string to, string expected) =>
        Assert.Equal(expected, PageUrls.Relative(from, to));

    [Fact]
    public void Absolute_urls_combine_base_url_base_path_and_clean_url() =>
        Assert.Equal("https://example.org/sub/basis/competentie/", PageUrls.Absolute("https://example.org/", "/sub/", "basis/competentie/index.html"));
}
