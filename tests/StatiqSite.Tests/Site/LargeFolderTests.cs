using System.Text.RegularExpressions;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Site;

/// <summary>
/// Work and output grow with the number of files, not with its square (issue #13): 10,000 files in one folder
/// build, and a page of a large section does not list every sibling (2,000 pages listed on every page made
/// 298 MB); most of the files are attachments, to keep the test quick. Asserts the output's shape and size, never time.
/// </summary>
public partial class LargeFolderTests
{
    private const int Pages = 500, OtherFiles = 9_500;

    [Fact]
    public async Task Ten_thousand_files_in_one_folder_build_with_output_linear_in_the_pages()
    {
        using var site = new TestSite();
        site.Page("index.md", "Home");
        for (var i = 0; i < Pages; i++)
        {
            site.Page($"veel/p{i:D4}.md", $"Pagina {i:D4}", $"Tekst van pagina {i}.\n");
        }

        for (var i = 0; i < OtherFiles; i++)
        {
            site.Write($"veel/bijlage-{i:D4}.txt", $"bijlage {i}\n");
        }

        var report = await site.BuildAsync();

        Assert.Empty(Errors.Of(report, site));
        Assert.Equal(OtherFiles, Directory.EnumerateFiles(Path.Combine(site.OutputDirectory, "veel"), "*.txt").Count());
        var page = site.Html("veel/p0250/index.html");
        var sectionLinks = page.QuerySelectorAll(".site-nav li.open li.open > ul > li > a").Select(a => a.TextContent).ToList();
        Assert.Equal([.. Enumerable.Range(245, 11).Select(i => $"Pagina {i:D4}"), $"Alle {Pages} pagina's van Veel"], sectionLinks);
        Assert.Equal("Pagina 0250", page.QuerySelector(".site-nav [aria-current=page]")?.TextContent);
        // The landing page lists them all; no page is much larger than a page of a small site.
        Assert.Equal(Pages, site.Html("veel/index.html").QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).Distinct().Count(h => h!.StartsWith('p')));
        var pageSizes = Directory.EnumerateFiles(Path.Combine(site.OutputDirectory, "veel"), "index.html", SearchOption.AllDirectories)
            .Where(f => PageFolder().IsMatch(f)).Select(f => new FileInfo(f).Length).ToList();
        Assert.Equal(Pages, pageSizes.Count);
        Assert.All(pageSizes, size => Assert.InRange(size, 1, 16_000));
    }

    [GeneratedRegex(@"/p\d{4}/index\.html$")]
    private static partial Regex PageFolder();
}
