using AngleSharp.Dom;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Quizzes.Kinds;

/// <summary>Builds a one-page site with one quiz block and hands back its widget, failing on any build error.</summary>
internal static class KindSite
{
    /// <summary>The widget of <paramref name="yaml"/> (the block's content) built as the home page.</summary>
    public static async Task<IElement> BuildAsync(TestSite site, string yaml)
    {
        site.Page("index.md", "Home", "Inleiding.\n\n```quiz\n" + yaml + "\n```\n");
        var report = await site.BuildAsync();
        Assert.Empty(Errors.Of(report, site));
        return site.Html("index.html").QuerySelector("[data-quiz]")!;
    }

    /// <summary>The widget's HTML of <paramref name="yaml"/> in a fresh build, as written.</summary>
    public static async Task<string> HtmlAsync(string yaml)
    {
        using var site = new TestSite();
        return (await BuildAsync(site, yaml)).OuterHtml;
    }
}
