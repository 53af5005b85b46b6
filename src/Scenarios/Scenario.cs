using System.Collections.Immutable;
using StatiqSite.Quizzes;

namespace StatiqSite.Scenarios;

/// <summary>One scenario block, read and checked: a case in steps, where each choice leads to a next step or an outcome.</summary>
/// <param name="Id">The scenario id: as written, or the page's default (<c>&lt;page-slug&gt;-casus-&lt;n&gt;</c>); null until assigned.</param>
/// <param name="Title">The heading, or null for the theme's default.</param>
/// <param name="Start">The id of the first step.</param>
/// <param name="Steps">The steps in the order written.</param>
/// <param name="Version">A hash of the block's YAML: a reader's saved place in another version is not restored.</param>
/// <param name="Line">1-based line of the block's first YAML line in the page file.</param>
/// <param name="Column">1-based column there.</param>
public sealed record Scenario(string? Id, QuizText? Title, string Start, ImmutableArray<ScenarioStep> Steps, string Version, int Line, int Column)
{
    /// <summary>The element id of the scenario, usable as a link anchor (<c>#casus-balie</c>).</summary>
    public string Anchor => AnchorOf(Id ?? "");

    /// <summary>The anchor of the scenario with id <paramref name="id"/>.</summary>
    public static string AnchorOf(string id) => "casus-" + id;

    /// <summary>The element id of a step (<c>balie-stap-begin</c>), the target of the choices that lead to it.</summary>
    public string StepAnchorOf(string step) => $"{Id}-stap-{step}";

    /// <summary>The element id of the outcome of the choice at 0-based <paramref name="choice"/> of a step.</summary>
    public string OutcomeAnchorOf(string step, int choice) => $"{Id}-stap-{step}-uitkomst-{choice + 1}";

    /// <summary>Every element id the scenario writes, for link checks.</summary>
    public IEnumerable<string> Anchors() =>
        Steps.SelectMany(s => s.Choices.Select((c, i) => c.Outcome is null ? null : OutcomeAnchorOf(s.Id, i)).OfType<string>().Prepend(StepAnchorOf(s.Id)))
            .Prepend(Anchor);

    /// <summary>Every Markdown text of the scenario, for the content policy and link rewriting.</summary>
    public IEnumerable<QuizText> Texts()
    {
        IEnumerable<QuizText?> texts = [Title, .. Steps.SelectMany(s => s.Choices.SelectMany(c => new[] { c.Text, c.Outcome }).Prepend(s.Outcome).Prepend(s.Text))];
        return texts.OfType<QuizText>();
    }
}

/// <summary>One step of a scenario: a situation with choices, or an outcome of its own.</summary>
/// <param name="Id">The step id, unique in its scenario.</param>
/// <param name="Text">What happens (Markdown).</param>
/// <param name="Choices">2 to 6 choices, or none when the step is an outcome.</param>
/// <param name="Outcome">How the case ends at this step, or null when it has choices.</param>
public sealed record ScenarioStep(string Id, QuizText Text, ImmutableArray<ScenarioChoice> Choices, QuizText? Outcome);

/// <summary>One choice of a step: it leads to the step <paramref name="Next"/> or ends in <paramref name="Outcome"/>.</summary>
/// <param name="Text">What the reader does (Markdown).</param>
/// <param name="Next">The id of the step it leads to, or null.</param>
/// <param name="Outcome">How the case ends after it, or null.</param>
public sealed record ScenarioChoice(QuizText Text, string? Next, QuizText? Outcome);

/// <summary>What a scenario block records about itself in the page's metadata, for the site-wide id check.</summary>
/// <param name="Id">The scenario id.</param>
/// <param name="Line">1-based line of the block in the page file.</param>
/// <param name="Column">1-based column.</param>
public sealed record ScenarioEntry(string Id, int Line, int Column);
