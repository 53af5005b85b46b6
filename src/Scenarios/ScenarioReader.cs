using System.Collections.Immutable;
using StatiqSite.Content;
using StatiqSite.Quizzes;
using YamlDotNet.RepresentationModel;

namespace StatiqSite.Scenarios;

/// <summary>
/// Reads the YAML of one scenario block into a <see cref="Scenario"/> and checks every rule of the authoring
/// contract, collecting all problems (at page file positions) instead of stopping at the first. The YAML goes
/// through the one loader (<see cref="YamlRoot"/>) and the quiz reader's positions, texts and key suggestions
/// (<see cref="QuizYaml"/>); the rules on the paths between steps are <see cref="ScenarioPaths"/>'.
/// </summary>
public static class ScenarioReader
{
    /// <summary>
    /// Reads a scenario. Null only when the YAML cannot be read at all or holds no mapping; otherwise it holds what
    /// could be read (its id too, for the site-wide duplicate check) and <paramref name="problems"/> says what is wrong.
    /// </summary>
    /// <param name="yaml">The block's content.</param>
    /// <param name="firstLine">1-based line of the YAML's first line in the page file.</param>
    /// <param name="columnOffset">Columns before the YAML text in the file.</param>
    /// <param name="problems">Every mistake found.</param>
    public static Scenario? Read(string yaml, int firstLine, int columnOffset, out IReadOnlyList<QuizProblem> problems)
    {
        var reading = new QuizYaml(firstLine, columnOffset, Glossary.GlossaryTerms.Empty); // a scenario refers to no glossary term
        var scenario = Read(yaml, reading);
        problems = reading.Problems;
        return scenario;
    }

    private static Scenario? Read(string yaml, QuizYaml reading)
    {
        if (YamlRoot.Load(yaml, out var problem) is not { } root)
        {
            reading.Report(problem.At, $"invalid YAML in the scenario: {problem.Message}");
            return null;
        }

        if (root is YamlScalarNode { Value: null or "" } || YamlScalars.IsNull(root))
        {
            reading.Report(root.Start, "the scenario is empty: add 'steps:' with a list of steps, each starting with '- id: ...'");
            return null;
        }

        if (root is not YamlMappingNode mapping)
        {
            reading.Report(root.Start, "the scenario must be 'key: value' lines, starting with 'steps:' (see docs/scenarios.md)");
            return null;
        }

        string? id = null, start = null;
        QuizText? title = null;
        YamlNode? startNode = null, steps = null;
        foreach (var (key, keyNode, value) in reading.Entries(mapping))
        {
            switch (key)
            {
                case ScenarioSyntax.Id:
                    id = QuizReader.ReadId(value, reading, "scenario", "balie-agressie");
                    break;
                case ScenarioSyntax.Title:
                    title = reading.Text(key, value);
                    break;
                case ScenarioSyntax.Start:
                    (start, startNode) = (QuizReader.ReadId(value, reading, "start step", "begin"), value);
                    break;
                case ScenarioSyntax.Steps:
                    steps = value;
                    break;
                default:
                    reading.Unknown(key, keyNode, "the scenario", ScenarioSyntax.ScenarioKeys, ScenarioSyntax.DutchKeys);
                    break;
            }
        }

        var paths = new ScenarioPaths(reading);
        var read = ReadSteps(mapping, steps, paths, reading);
        // Without 'start' the case begins at the first step written, as it reads top to bottom.
        start ??= startNode is null ? read.FirstOrDefault()?.Id : null;
        paths.Check(start, startNode);
        var (line, column) = reading.At(mapping.Start);
        return new Scenario(id, title, start ?? "", read, QuizReader.VersionOf(yaml), line, column);
    }

    private static ImmutableArray<ScenarioStep> ReadSteps(YamlMappingNode scenario, YamlNode? steps, ScenarioPaths paths, QuizYaml reading)
    {
        if (steps is null)
        {
            reading.Report(scenario, "the scenario has no steps: add 'steps:' with a list of steps, each starting with '- id: ...'");
            return [];
        }

        if (steps is not YamlSequenceNode sequence || sequence.Children.Count == 0)
        {
            reading.Report(steps, "'steps' must be a list: put each step on its own line starting with '- id: ...'");
            return [];
        }

        if (sequence.Children.Count > ScenarioSyntax.MaxSteps)
        {
            reading.Report(sequence, $"a scenario has at most {ScenarioSyntax.MaxSteps} steps, this one has {sequence.Children.Count}: split it into several scenarios");
        }

        var read = ImmutableArray.CreateBuilder<ScenarioStep>();
        foreach (var item in sequence.Children)
        {
            if (item is not YamlMappingNode step)
            {
                reading.Report(item, "each step must be 'key: value' lines, starting with '- id: ...'");
            }
            else if (ScenarioStepReader.Read(step, paths, reading) is { } s)
            {
                read.Add(s);
            }
        }

        return read.ToImmutable();
    }
}
