namespace StatiqSite.Content;

/// <summary>The names of the site's pipelines, declared once (see <c>SitePipelines</c>); here, so modules reach other pipelines without importing the composition root.</summary>
public static class PipelineNames
{
    /// <summary>Reads <c>_site.yml</c>.</summary>
    public const string Settings = "Settings";

    /// <summary>The theme's CSS, JS and images: minified and fingerprinted.</summary>
    public const string Assets = "Assets";

    /// <summary>Static files of <c>input/</c>, copied as-is.</summary>
    public const string Files = "Files";

    /// <summary>The Markdown pages.</summary>
    public const string Content = "Content";

    /// <summary>Each quiz's files for learning platforms (GIFT, Moodle XML, QTI), made from the pages' quizzes.</summary>
    public const string Export = "Export";

    /// <summary>Pages and files made from the whole site: sitemap, robots.txt, 404.</summary>
    public const string Special = "Special";

    /// <summary>Reads and checks <c>_glossary.yml</c>; its one document carries the glossary and its matcher.</summary>
    public const string Glossary = "Glossary";
}
