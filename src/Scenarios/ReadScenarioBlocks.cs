using System.Collections.Immutable;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StatiqSite.Content;
using StatiqSite.Markdown;
using StatiqSite.Quizzes;
using StatiqSite.Theme;

namespace StatiqSite.Scenarios;

/// <summary>
/// Reads every <c>```scenario</c> block of a page with <see cref="ScenarioReader"/>, reports its problems at their
/// lines in the page file, holds its texts to the <see cref="ContentPolicy"/> and rewrites their links as quiz texts
/// are (<see cref="ReadQuizBlocks"/>), gives it its default id (<c>&lt;page-slug&gt;-casus-&lt;n&gt;</c>), and replaces
/// the block with a <see cref="ScenarioBlock"/> for the renderer. Its texts are parsed apart from the page, so
/// glossary terms are never linked inside it. Runs after RewriteLinks.
/// Writes: <see cref="ScenarioKeys.Scenarios"/>, <see cref="Keys.PageAssets"/> (the scenario CSS and JS),
/// <see cref="Keys.Anchors"/> (the scenario's and its steps' ids), and adds to <see cref="Keys.Links"/>.
/// </summary>
public sealed class ReadScenarioBlocks : IMarkdownStep
{
    /// <summary>The theme assets a page with a scenario needs.</summary>
    public static readonly ImmutableSortedSet<string> Assets = ImmutableSortedSet.Create(StringComparer.Ordinal, "css/scenario.css", "js/progress-store.js", "js/scenario.js");

    /// <inheritdoc />
    public void Run(MarkdownDocument syntax, MarkdownPage page)
    {
        var blocks = syntax.Descendants<FencedCodeBlock>().Where(ScenarioSyntax.IsScenario).ToList();
        if (blocks.Count == 0)
        {
            return;
        }

        var (strings, theme) = ThemeFor(page);
        var entries = ImmutableArray.CreateBuilder<ScenarioEntry>();
        var anchors = new List<string>();
        var links = page.Metadata.GetList(Keys.Links).ToBuilder();
        for (var n = 1; n <= blocks.Count; n++)
        {
            var block = blocks[n - 1];
            var scenario = ScenarioReader.Read(block.Lines.ToString(), page.FileLine(block.Line + 1), block.Column, out var problems);
            foreach (var problem in problems)
            {
                BlockTexts.Report(page, problem.Line, problem.Column, problem.Message);
            }

            if (scenario is null)
            {
                continue;
            }

            BlockTexts.CheckPolicy(scenario.Texts(), page);
            var clean = problems.Count == 0 && ChoicesHoldNoLinks(scenario, page);
            scenario = scenario with { Id = scenario.Id ?? $"{BlockTexts.DefaultIdOf(page.Document.Source!)}-casus-{n}" };
            entries.Add(new ScenarioEntry(scenario.Id!, scenario.Line, scenario.Column));
            anchors.AddRange(scenario.Anchors());
            if (clean && strings is not null && theme is not null)
            {
                BlockTexts.RewriteLinks(scenario.Texts(), page, links);
                var parent = block.Parent!;
                parent[parent.IndexOf(block)] = new ScenarioBlock(scenario, strings, theme);
            }
        }

        page.Metadata = page.Metadata
            .With(ScenarioKeys.Scenarios, entries.ToImmutable())
            .With(Keys.Links, links.ToImmutable())
            .With(Keys.PageAssets, (page.Metadata.Get(Keys.PageAssets) ?? ImmutableSortedSet<string>.Empty.WithComparer(StringComparer.Ordinal)).Union(Assets))
            .With(Keys.Anchors, (page.Metadata.Get(Keys.Anchors) ?? []).Union(anchors));
    }

    /// <summary>A choice is written as a link to its step, so its own text may hold none (a link in a link is not HTML).</summary>
    private static bool ChoicesHoldNoLinks(Scenario scenario, MarkdownPage page)
    {
        var clean = true;
        foreach (var text in scenario.Steps.SelectMany(s => s.Choices).Select(c => c.Text))
        {
            if (text.Syntax.Descendants<LinkInline>().Any(l => !l.IsImage) || text.Syntax.Descendants<AutolinkInline>().Any())
            {
                BlockTexts.Report(page, text.Line, text.Column, "a choice becomes a link to where it leads, so its text cannot hold a link: move the link into the step's text or the outcome");
                clean = false;
            }
        }

        return clean;
    }

    /// <summary>The strings and the theme that render scenarios; a missing strings file or partial is reported as a theme error.</summary>
    private static (ThemeStrings? Strings, ThemeTemplates? Theme) ThemeFor(MarkdownPage page)
    {
        var context = page.Context ?? throw new InvalidOperationException("Scenario blocks are rendered within a build: MarkdownPage.Context is needed.");
        var strings = context.Strings(ScenarioView.Widget); // a missing or broken file is reported by ReadThemeStrings

        // A theme that does not load is reported by ReadTheme; one without the partial here.
        var theme = context.Theme();
        if (theme is not null && !theme.HasPartial(HtmlScenarioRenderer.Partial))
        {
            context.Diagnostics.Error(Path.Combine(context.Settings.ThemeDirectory, "partials"), 1, 1,
                $"theme error: the theme has no partials/{HtmlScenarioRenderer.Partial}.liquid, which writes scenarios: add it (see theme/partials/scenario.liquid of the default theme)");
            theme = null;
        }

        return (strings, theme);
    }
}
