using StatiqSite.Modules;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Modules;

public class GenerateSectionPagesTests
{
    [Theory]
    [InlineData("index.md", null)]
    [InlineData("over.md", "")]
    [InlineData("a/index.md", "")]
    [InlineData("a/x.md", "a/")]
    [InlineData("a/b/index.md", "a/")]
    [InlineData("a/b/y.md", "a/b/")]
    public void A_page_is_listed_in_its_folder_and_a_folder_index_in_the_folder_above(string source, string? folder) =>
        Assert.Equal(folder, GenerateSectionPages.ListingFolderOf(source));

    [Fact]
    public async Task Nested_generated_landing_pages_list_their_own_pages_and_subfolders_only()
    {
        using var site = new TestSite()
            .Page("index.md", "Home")
            .Page("a/x.md", "Iks")
            .Page("a/b/y.md", "Ij")
            .Page("a/b/c/z.md", "Zet")
            .Page("d/w.md", "Wee");

        var report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        Assert.Equal(["B", "Iks"], site.Html("a/index.html").QuerySelectorAll(".prose li a").Select(a => a.TextContent));
        Assert.Equal(["C", "Ij"], site.Html("a/b/index.html").QuerySelectorAll(".prose li a").Select(a => a.TextContent));
        Assert.Equal(["Zet"], site.Html("a/b/c/index.html").QuerySelectorAll(".prose li a").Select(a => a.TextContent));
        Assert.Equal(["Wee"], site.Html("d/index.html").QuerySelectorAll(".prose li a").Select(a => a.TextContent));
    }
}
