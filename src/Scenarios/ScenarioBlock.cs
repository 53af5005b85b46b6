using Markdig.Syntax;
using StatiqSite.Theme;

namespace StatiqSite.Scenarios;

/// <summary>
/// The syntax node of a valid scenario: replaces its fenced code block in the page's tree, so the
/// <see cref="HtmlScenarioRenderer"/> writes the scenario where the block was.
/// </summary>
public sealed class ScenarioBlock : Block
{
    /// <summary>Creates the node for a scenario whose id has been assigned, with the theme that renders it.</summary>
    public ScenarioBlock(Scenario scenario, ThemeStrings strings, ThemeTemplates theme) : base(null)
    {
        Scenario = scenario;
        Strings = strings;
        Theme = theme;
    }

    /// <summary>The scenario.</summary>
    public Scenario Scenario { get; }

    /// <summary>The reader-facing text (<c>theme/strings/scenario.&lt;language&gt;.json</c>).</summary>
    public ThemeStrings Strings { get; }

    /// <summary>The theme, whose <c>partials/scenario.liquid</c> writes the markup.</summary>
    public ThemeTemplates Theme { get; }
}
