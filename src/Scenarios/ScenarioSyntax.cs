using Markdig.Syntax;

namespace StatiqSite.Scenarios;

/// <summary>The keys and limits of a scenario block's YAML, as contributors write them (see the authoring contract).</summary>
public static class ScenarioSyntax
{
    /// <summary>The info string of a fenced code block that holds a scenario.</summary>
    public const string Info = "scenario";

    /// <summary>Whether a fenced code block holds a scenario: its info string is <see cref="Info"/> in any case.</summary>
    public static bool IsScenario(FencedCodeBlock block) => string.Equals(block.Info, Info, StringComparison.OrdinalIgnoreCase);

    /// <summary><c>id</c>: of the scenario (a-z 0-9 -, unique among quizzes and scenarios in the site) or of a step (unique in its scenario).</summary>
    public const string Id = "id";

    /// <summary><c>title</c>: heading of the scenario.</summary>
    public const string Title = "title";

    /// <summary><c>start</c>: the id of the first step; default: the first step written.</summary>
    public const string Start = "start";

    /// <summary><c>steps</c>: the list of steps.</summary>
    public const string Steps = "steps";

    /// <summary><c>text</c>: what happens in a step, or what a choice says.</summary>
    public const string Text = "text";

    /// <summary><c>choices</c>: the choices of a step.</summary>
    public const string Choices = "choices";

    /// <summary><c>next</c>: the step a choice leads to.</summary>
    public const string Next = "next";

    /// <summary><c>outcome</c>: how the case ends, after a choice or as a step of its own.</summary>
    public const string Outcome = "outcome";

    /// <summary>Keys of the scenario itself.</summary>
    public static readonly IReadOnlyList<string> ScenarioKeys = [Id, Title, Start, Steps];

    /// <summary>Keys of a step.</summary>
    public static readonly IReadOnlyList<string> StepKeys = [Id, Text, Choices, Outcome];

    /// <summary>Keys of a choice.</summary>
    public static readonly IReadOnlyList<string> ChoiceKeys = [Text, Next, Outcome];

    /// <summary>Dutch words contributors may write for a key (<c>stappen</c>, <c>keuzes</c>), to suggest the English key.</summary>
    public static readonly IReadOnlyDictionary<string, string> DutchKeys = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["titel"] = Title, ["begin"] = Start, ["stappen"] = Steps, ["stap"] = Steps, ["tekst"] = Text, ["keuzes"] = Choices,
        ["keuze"] = Choices, ["opties"] = Choices, ["volgende"] = Next, ["uitkomst"] = Outcome, ["afloop"] = Outcome, ["einde"] = Outcome,
    };

    /// <summary>Fewest and most choices of a step.</summary>
    public const int MinChoices = 2, MaxChoices = 6;

    /// <summary>Most steps of a scenario: more is a maze, not a case.</summary>
    public const int MaxSteps = 50;
}
