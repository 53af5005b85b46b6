using StatiqSite.Content;
using StatiqSite.Export;
using StatiqSite.Glossary;
using StatiqSite.Markdown;
using StatiqSite.Modules;
using StatiqSite.Pipeline;
using StatiqSite.Quizzes;
using StatiqSite.Scenarios;
using StatiqSite.Search;
using StatiqSite.Theme;
using P = StatiqSite.Pipeline.Pipeline;

namespace StatiqSite.Build;

/// <summary>
/// The composition root: which modules run in which pipeline and phase. Read top to bottom, this is the
/// way a page takes through the build (see docs/architecture.md). Features register here, and only here.
/// </summary>
public static class SitePipelines
{
    /// <summary>
    /// The Markdown engine of the site: Markdig's advanced extensions, then our steps in order, each on the page's
    /// one syntax tree. Glossary terms are linked once links and quizzes are in place (their text is never linked);
    /// search entries are read last, from the finished tree.
    /// </summary>
    public static MarkdownEngine CreateMarkdownEngine() => new(
        extensions: [new QuizExtension(), new ScenarioExtension(), new GlossaryExtension(), new TableAlignmentClasses(), new TableCaptions()],
        steps:
        [
            new CheckContentPolicy(), new AssignHeadingIds(), new RewriteLinks(), new RewriteHtmlLinks(), new ReadQuizBlocks(), new ReadScenarioBlocks(),
            new LinkGlossaryTerms(GenerateGlossaryPage.Destination), new CollectSearchEntries(),
        ]);

    /// <summary>All pipelines of the site.</summary>
    public static IReadOnlyList<P> Create()
    {
        var markdown = CreateMarkdownEngine();
        // The preview remembers these per page (only in incremental builds; see PageCacheCode for what they depend on).
        var cacheCode = new PageCacheCode();
        var exportCode = new ExportCacheCode();
        string[] pages = [PipelineNames.Content];
        string[] written = [PipelineNames.Assets, PipelineNames.Files, PipelineNames.Content, PipelineNames.Export, PipelineNames.Special];
        return
        [
            new P(PipelineNames.Settings)
            {
                Input = [new ReadSiteSettings()],
                Process = [new ReadTheme(), new ReadThemeStrings((QuizStrings.Widget, QuizStrings.Required), (ScenarioView.Widget, ScenarioView.StringNames))],
            },
            new P(PipelineNames.Assets)
            {
                Input = [new ReadThemeAssets()],
                Process = [new MinifyAssets(), new FingerprintAssets()],
                Output = [new WriteFiles()],
            },
            new P(PipelineNames.Files)
            {
                Input = [new ReadStaticFiles()],
                Output = [new WriteFiles()],
            },
            new P(PipelineNames.Glossary)
            {
                Input = [new ReadGlossary()],
            },
            new P(PipelineNames.Content)
            {
                Dependencies = [PipelineNames.Settings, PipelineNames.Assets, PipelineNames.Glossary],
                // Navigation, link checks, the sitemap, the progress page and the layout's site model read the pages'
                // metadata, never their body HTML: each body is freed once its own post-process has replaced it.
                PrivateContent = true,
                Input = [new ReadContentFiles()],
                Process =
                [
                    new CacheDocuments(cacheCode, new ParseFrontMatter()), new FilterDrafts(), new ReadGitDates(), new GenerateSectionPages(),
                    new CacheDocuments(cacheCode, new RenderMarkdown(markdown)), new GenerateGlossaryPage(),
                ],
                // RenderGlossaryPage needs every page's linked terms, for "Komt voor op".
                PostProcess = [new ValidateLinks(pages), new ValidateQuizIds(), new RenderGlossaryPage(), new GenerateSearchFiles(), new ValidateLayouts()],
                // The engine streams the output phase: each page is laid out, written and let go on its own.
                Output = [new CacheDocuments(cacheCode, new ApplyLayout()), new WriteFiles()],
            },
            new P(PipelineNames.Export)
            {
                Dependencies = [PipelineNames.Settings, PipelineNames.Content],
                Process = [new SelectQuizPages(), new CacheDocuments(exportCode, new GenerateQuizExports())],
                Output = [new WriteFiles()],
            },
            new P(PipelineNames.Special)
            {
                Dependencies = [PipelineNames.Settings, PipelineNames.Content, PipelineNames.Export],
                Input = [new GenerateNotFoundPage()],
                PostProcess = [new GenerateProgressPage(), new GenerateFlashcardsPage(), new GenerateExportPage(), new ValidateLayouts(), new GenerateSitemap(pages), new GenerateRobots(), new ValidateDestinations(written)],
                Output = [new CacheDocuments(cacheCode, new ApplyLayout()), new WriteFiles()],
            },
        ];
    }
}
