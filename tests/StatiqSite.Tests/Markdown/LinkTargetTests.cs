using StatiqSite.Markdown;

namespace StatiqSite.Tests.Markdown;

public class LinkTargetTests
{
    [Theory]
    [InlineData("basis/a.md", "b.md", "basis/b.md", null)]
    [InlineData("basis/a.md", "../valkuilen/grenzen.md#kop", "valkuilen/grenzen.md", "kop")]
    [InlineData("basis/a.md", "#kop", "basis/a.md", "kop")]
    [InlineData("basis/a.md", "../valkuilen/", "valkuilen/index.md", null)]
    [InlineData("basis/a.md", "../valkuilen", "valkuilen/index.md", null)]
    [InlineData("basis/a.md", "/leren/index.md", "leren/index.md", null)]
    [InlineData("basis/a.md", "./plaatje%20een.png", "basis/plaatje een.png", null)]
    [InlineData("index.md", "basis/a.md#re%C3%ABel", "basis/a.md", "reëel")]
    public void Relative_links_resolve_against_the_page_folder(string page, string url, string source, string? anchor)
    {
        var target = LinkTarget.Resolve(page, url);

        Assert.Equal(LinkKind.Internal, target.Kind);
        Assert.Equal(source, target.Source);
        Assert.Equal(anchor, target.Anchor);
    }

    [Theory]
    [InlineData("https://example.org/a.md")]
    [InlineData("mailto:iemand@example.org")]
    [InlineData("tel:112")]
    [InlineData("//cdn.example.org/x.js")]
    public void Links_to_elsewhere_are_left_alone(string url) =>
        Assert.Equal(LinkKind.External, LinkTarget.Resolve("index.md", url).Kind);

    [Theory]
    [InlineData("index.md", "../x.md")]
    [InlineData("basis/a.md", "../../etc/passwd")]
    public void Climbing_out_of_the_input_folder_is_detected(string page, string url) =>
        Assert.Equal(LinkKind.LeavesInput, LinkTarget.Resolve(page, url).Kind);
}
