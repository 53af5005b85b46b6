using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace StatiqSite.Scenarios;

/// <summary>
/// Writes a scenario with the theme's partial <c>theme/partials/scenario.liquid</c> and its model
/// (<see cref="ScenarioView"/>): the theme owns the markup, this renderer only puts it where the block was.
/// </summary>
public sealed class HtmlScenarioRenderer : HtmlObjectRenderer<ScenarioBlock>
{
    /// <summary>The partial that writes a scenario.</summary>
    public const string Partial = "scenario";

    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, ScenarioBlock block) =>
        renderer.Write(block.Theme.RenderPartial(Partial, ScenarioView.Of(block.Scenario, block.Strings)));
}
