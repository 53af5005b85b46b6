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
        Assert.Equal(expected, BlockTexts.DefaultIdOf(source));

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

    [Fact]
    public async Task A_theme_without_a_kinds_partial_is_one_theme_error_and_no_crash()
    {
        using var site = new TestSite().Page("index.md", "Home", "```quiz\nquestion: Zet op volgorde.\ntype: ordering\nitems: [a, b, c]\n```\n");
        var theme = ThemeCopy.Of(site);
        File.Delete(Path.Combine(theme, "partials", "quiz", "ordering.liquid"));

        var report = await new SiteBuild().RunAsync(site.Settings(dryRun: true) with { ThemeDirectory = theme });

        var error = Assert.Single(report.Diagnostics, d => d.Severity == Severity.Error);
        Assert.EndsWith("ordering.liquid:1:1: theme error: the theme has no partial 'quiz/ordering.liquid', which writes the quiz widget: copy it from the default theme's partials/quiz/",
            error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_theme_restyles_a_kind_by_its_own_partial()
    {
        using var site = new TestSite().Page("index.md", "Home", "```quiz\nquestion: Klopt dit?\nanswer: true\n```\n");
        var theme = ThemeCopy.Of(site);
        File.WriteAllText(Path.Combine(theme, "partials", "quiz", "truefalse.liquid"),
            "<p class=\"eigen\">{% for choice in question.choices %}<label for=\"{{ choice.id }}\">{{ choice.label }}</label><input type=\"radio\" id=\"{{ choice.id }}\" name=\"{{ anchor }}\" value=\"{{ choice.value }}\">{% endfor %}</p>\n");

        var report = await new SiteBuild().RunAsync(site.Settings() with { ThemeDirectory = theme });

        Assert.Empty(Errors.Of(report, site));
        var labels = site.Html("index.html").QuerySelectorAll("fieldset[data-type=truefalse] p.eigen label").Select(l => l.TextContent);
        Assert.Equal(["Waar", "Niet waar"], labels);
    }
}
