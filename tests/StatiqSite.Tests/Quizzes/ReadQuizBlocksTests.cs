using AngleSharp.Html.Parser;
using StatiqSite.Build;
using StatiqSite.Pipeline;
using StatiqSite.Quizzes;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Quizzes;

public sealed class ReadQuizBlocksTests
{
    [Theory]
    [InlineData("index.md", "start")]
    [InlineData("basis/index.md", "basis")]
    [InlineData("basis/competentie.md", "basis-competentie")]
    [InlineData("valkuilen/ik-stond-erbij.md", "valkuilen-ik-stond-erbij")]
    public void Default_id_is_the_page_path_as_a_slug(string source, string expected) =>
        Assert.Equal(expected, ReadQuizBlocks.DefaultIdOf(source));

    [Fact]
    public async Task Every_quiz_of_the_real_site_builds_and_renders()
    {
        var output = Directory.CreateTempSubdirectory("statiqsite-quizzes-").FullName;
        try
        {
            var settings = new BuildSettings { InputDirectory = Repository.Input, ThemeDirectory = Repository.Theme, OutputDirectory = output, BasePath = "/" };

            var report = await new SiteBuild().RunAsync(settings);

            Assert.DoesNotContain(report.Diagnostics, d => d.Severity == Severity.Error);
            var written = Directory.EnumerateFiles(Repository.Input, "*.md", SearchOption.AllDirectories)
                .Sum(f => File.ReadLines(f).Count(l => l.Trim() == "```quiz"));
            var parser = new HtmlParser();
            var rendered = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
                .Sum(f => parser.ParseDocument(File.ReadAllText(f)).QuerySelectorAll("[data-quiz]").Length);
            Assert.True(written > 0);
            Assert.Equal(written, rendered);
            var progress = parser.ParseDocument(File.ReadAllText(Path.Combine(output, "voortgang", "index.html")));
            Assert.Equal(written, progress.QuerySelectorAll("li[data-quiz-id]").Length);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
