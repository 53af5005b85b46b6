using System.IO.Compression;
using System.Xml.Linq;
using StatiqSite.Build;
using StatiqSite.Content;
using StatiqSite.Pipeline;
using StatiqSite.Quizzes;
using StatiqSite.Quizzes.Kinds;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Export;

/// <summary>The real site: every quiz exported, listed on <c>/export/</c>, which the footer links to; the files are the same on every build.</summary>
public sealed class ExportPageTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    private const string Page = "export/index.html";

    // The quizzes with a question to export: all but those of self-ratings only.
    private IReadOnlyList<string> QuizIds => [.. Quizzes.Where(q => !q.Questions.All(x => x is SelfRatingQuestion)).Select(q => q.Id!)];

    private IEnumerable<Quiz> Quizzes => site.Report.Result.Outputs[PipelineNames.Content].SelectMany(p => p.GetList(QuizKeys.Read));

    [Fact]
    public void A_quiz_of_self_ratings_only_has_no_files_and_is_not_listed()
    {
        var selfRatings = Quizzes.Where(q => q.Questions.All(x => x is SelfRatingQuestion)).Select(q => q.Id!).ToList();

        Assert.NotEmpty(selfRatings); // the site has one (basis/competentie)
        var listed = site.Html(Page).QuerySelectorAll(".export-list code").Select(c => c.TextContent).ToList();
        Assert.All(selfRatings, id =>
        {
            Assert.DoesNotContain(id, listed);
            Assert.Empty(Directory.EnumerateFiles(Path.Combine(site.OutputDirectory, "export"), id + ".*"));
        });
    }

    [Fact]
    public void The_page_lists_every_quiz_with_three_links_that_resolve()
    {
        var links = site.Html(Page).QuerySelectorAll(".export-list li").ToDictionary(
            li => li.QuerySelector("code")!.TextContent, li => li.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToList(), StringComparer.Ordinal);

        Assert.NotEmpty(QuizIds);
        Assert.Equal(QuizIds.Order(StringComparer.Ordinal), links.Keys.Order(StringComparer.Ordinal));
        foreach (var (id, hrefs) in links)
        {
            Assert.Equal([$"{id}.gift", $"{id}.moodle.xml", $"{id}.qti.zip"], hrefs);
            Assert.All(hrefs, href => Assert.True(File.Exists(Path.Combine(site.OutputDirectory, BuiltSite.Resolve(Page, href)!)), href));
        }

        Assert.All(site.Html(Page).QuerySelectorAll(".export-page h3 a"), a => Assert.Contains(BuiltSite.Resolve(Page, a.GetAttribute("href")!)!, site.Pages));
    }

    [Fact]
    public void Every_page_links_to_it_from_the_footer()
    {
        foreach (var page in site.Pages)
        {
            var link = site.Html(page).QuerySelector("footer a[href$='export/index.html']");
            Assert.True(link is not null, $"{page} has no footer link to the export page");
            Assert.Equal("Voor docenten", link.TextContent);
            Assert.Equal(Page, BuiltSite.Resolve(page, link.GetAttribute("href")!));
        }
    }

    [Fact]
    public void The_page_says_in_dutch_how_to_import_and_what_is_not_exported()
    {
        var page = site.Html(Page);
        var text = page.QuerySelector("main")!.TextContent;

        Assert.Equal("nl", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Zelfbeoordelingen en casussen (scenario's) worden niet geëxporteerd", text, StringComparison.Ordinal);
        Assert.Equal(["Moodle", "Brightspace", "itslearning"], page.QuerySelectorAll("main dt").Select(dt => dt.TextContent));
        Assert.Contains("Vragenbank", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_quiz_of_the_site_has_files_that_read_back()
    {
        foreach (var id in QuizIds)
        {
            var folder = Path.Combine(site.OutputDirectory, "export");
            Assert.NotEmpty(GiftReader.Read(File.ReadAllText(Path.Combine(folder, id + ".gift"))).Questions);
            Assert.NotEmpty(XDocument.Load(Path.Combine(folder, id + ".moodle.xml")).Root!.Elements("question"));
            using var zip = ZipFile.OpenRead(Path.Combine(folder, id + ".qti.zip"));
            foreach (var entry in zip.Entries.Where(e => e.FullName != "imsmanifest.xml"))
            {
                using var stream = entry.Open();
                var problems = QtiStructure.Problems(XDocument.Load(stream));
                Assert.True(problems.Count == 0, $"{id}/{entry.FullName}:\n" + string.Join('\n', problems));
            }
        }
    }

    [Fact]
    public async Task A_second_build_of_the_site_writes_byte_identical_export_files()
    {
        var second = Directory.CreateTempSubdirectory("statiqsite-export-").FullName;
        try
        {
            var report = await new SiteBuild().RunAsync(new BuildSettings
            {
                InputDirectory = Repository.Input,
                ThemeDirectory = Repository.Theme,
                OutputDirectory = Path.Combine(second, "output"),
            });

            Assert.True(report.Succeeded);
            Assert.Equal(TestSite.Snapshot(Path.Combine(site.OutputDirectory, "export")), TestSite.Snapshot(Path.Combine(second, "output", "export")));
        }
        finally
        {
            Directory.Delete(second, recursive: true);
        }
    }
}
