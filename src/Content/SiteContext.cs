using StatiqSite.Pipeline;

namespace StatiqSite.Content;

/// <summary>How modules and Markdown steps reach the site settings.</summary>
public static class SiteContext
{
    /// <summary>The settings of <c>_site.yml</c> read by the Settings pipeline (defaults when there is none).</summary>
    public static SiteSettings Site(this IExecutionContext context) =>
        context.OutputsOf(PipelineNames.Settings).SingleOrDefault()?.Get(Keys.Site) ?? new SiteSettings();
}
