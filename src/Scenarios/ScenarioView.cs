using System.Globalization;
using StatiqSite.Quizzes;
using StatiqSite.Theme;

namespace StatiqSite.Scenarios;

/// <summary>
/// What <c>theme/partials/scenario.liquid</c> sees (Liquid names in snake_case): the scenario with its texts as
/// HTML, and the strings. Every step and every outcome of a choice is a section; a choice links to the section it
/// leads to, so the scenario works as plain links without JavaScript.
/// </summary>
/// <param name="Scenario">The scenario.</param>
/// <param name="Strings">The reader-facing text by name (<c>strings.back</c>).</param>
public sealed record ScenarioView(ScenarioView.ScenarioModel Scenario, IReadOnlyDictionary<string, string> Strings)
{
    /// <summary>The widget's name: its strings are <c>theme/strings/scenario.&lt;language&gt;.json</c>.</summary>
    public const string Widget = "scenario";

    /// <summary>The names of the strings the partial and the script use.</summary>
    public static readonly IReadOnlyList<string> StringNames =
        ["title", "intro", "step", "ask", "afterChoice", "end", "chosen", "path", "back", "restart", "wentTo", "wentBack", "restarted", "resumed"];

    /// <summary>The model of a scenario.</summary>
    public static ScenarioView Of(Scenario scenario, ThemeStrings strings)
    {
        var sections = new List<SectionModel>();
        for (var i = 0; i < scenario.Steps.Length; i++)
        {
            var step = scenario.Steps[i];
            var anchor = scenario.StepAnchorOf(step.Id);
            var heading = strings["step"].Replace("{n}", (i + 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            var choices = step.Choices.Select((c, n) => new ChoiceModel($"{anchor}-keuze-{n + 1}", QuizMarkdown.Inline(c.Text),
                c.Next is { } next ? scenario.StepAnchorOf(next) : scenario.OutcomeAnchorOf(step.Id, n))).ToList();
            sections.Add(new SectionModel(anchor, heading, QuizMarkdown.Block(step.Text), null, Html(step.Outcome), choices) { IsStart = step.Id == scenario.Start });
            sections.AddRange(step.Choices
                .Select((c, n) => (Choice: c, Anchor: scenario.OutcomeAnchorOf(step.Id, n)))
                .Where(c => c.Choice.Outcome is not null)
                .Select(c => new SectionModel(c.Anchor, strings["afterChoice"], null, QuizMarkdown.Inline(c.Choice.Text), Html(c.Choice.Outcome), [])));
        }

        var title = scenario.Title is null ? System.Net.WebUtility.HtmlEncode(strings["title"]) : QuizMarkdown.Inline(scenario.Title);
        return new ScenarioView(new ScenarioModel(scenario.Id!, scenario.Anchor, scenario.Version, scenario.StepAnchorOf(scenario.Start), title, strings.Json, sections), strings.All);
    }

    private static string? Html(QuizText? text) => text is null ? null : QuizMarkdown.Block(text);

    /// <summary>The scenario.</summary>
    /// <param name="Id">Its id (<c>data-scenario</c>).</param>
    /// <param name="Anchor">Its element id.</param>
    /// <param name="Version">The hash of its YAML: the script forgets a saved place of another version.</param>
    /// <param name="StartAnchor">The element id of the first step.</param>
    /// <param name="Title">The heading as HTML.</param>
    /// <param name="StringsJson">The strings as JSON, for the script.</param>
    /// <param name="Sections">The steps and outcomes in the order written.</param>
    public sealed record ScenarioModel(string Id, string Anchor, string Version, string StartAnchor, string Title, string StringsJson, IReadOnlyList<SectionModel> Sections);

    /// <summary>A step, or the outcome of a choice.</summary>
    /// <param name="Anchor">Its element id, the target of the choices that lead to it.</param>
    /// <param name="Heading">Its heading: "Stap 2", or the heading of a choice's outcome.</param>
    /// <param name="Text">What happens, as HTML; null for the outcome of a choice.</param>
    /// <param name="Chosen">The choice that led here, as HTML, for the outcome of a choice; else null.</param>
    /// <param name="Outcome">How the case ends here, as HTML; null for a step with choices.</param>
    /// <param name="Choices">The choices of a step; empty at an outcome.</param>
    public sealed record SectionModel(string Anchor, string Heading, string? Text, string? Chosen, string? Outcome, IReadOnlyList<ChoiceModel> Choices)
    {
        /// <summary>Whether the case begins here: the one section shown before the script ran, so nothing jumps.</summary>
        public bool IsStart { get; init; }
    }

    /// <summary>A choice.</summary>
    /// <param name="Id">Its element id (the script keeps the reader's path as these).</param>
    /// <param name="Text">What the reader does, as HTML.</param>
    /// <param name="Target">The element id of the section it leads to.</param>
    public sealed record ChoiceModel(string Id, string Text, string Target);
}
