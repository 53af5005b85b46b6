using System.Collections.Immutable;
using StatiqSite.Content;
using StatiqSite.Quizzes;
using YamlDotNet.RepresentationModel;

namespace StatiqSite.Scenarios;

/// <summary>
/// Reads one step of a scenario and its choices, checking their shape: an id and a text; either 2 to 6 choices or
/// an outcome; each choice a text and exactly one of <c>next</c> and <c>outcome</c>. The ids and the <c>next</c>s
/// go to <see cref="ScenarioPaths"/>, which checks where they lead once every step is read.
/// </summary>
internal static class ScenarioStepReader
{
    /// <summary>The step, or null when it lacks an id or a text (then it is reported).</summary>
    public static ScenarioStep? Read(YamlMappingNode mapping, ScenarioPaths paths, QuizYaml reading)
    {
        string? id = null;
        QuizText? text = null, outcome = null;
        YamlNode? choices = null, outcomeKey = null;
        foreach (var (key, keyNode, value) in reading.Entries(mapping))
        {
            switch (key)
            {
                case ScenarioSyntax.Id:
                    id = QuizReader.ReadId(value, reading, "step", "begin");
                    paths.AddStep(id, value);
                    break;
                case ScenarioSyntax.Text:
                    text = reading.Text(key, value);
                    break;
                case ScenarioSyntax.Choices:
                    choices = value;
                    break;
                case ScenarioSyntax.Outcome:
                    (outcome, outcomeKey) = (reading.Text(key, value), keyNode);
                    break;
                default:
                    reading.Unknown(key, keyNode, "a step", ScenarioSyntax.StepKeys, ScenarioSyntax.DutchKeys);
                    break;
            }
        }

        if (!Written(mapping, ScenarioSyntax.Id, ScenarioSyntax.StepKeys))
        {
            reading.Report(mapping, "the step has no 'id': give it one, like 'id: begin', so choices can lead to it with 'next'");
        }

        if (!Written(mapping, ScenarioSyntax.Text, ScenarioSyntax.StepKeys))
        {
            reading.Report(mapping, "the step has no 'text': add what happens, like 'text: De cliënt begint te huilen.'");
        }

        bool hasChoices = Written(mapping, ScenarioSyntax.Choices, ScenarioSyntax.StepKeys), hasOutcome = Written(mapping, ScenarioSyntax.Outcome, ScenarioSyntax.StepKeys);
        if (hasChoices && hasOutcome)
        {
            reading.Report(outcomeKey ?? mapping, "a step has either 'choices' or an 'outcome', this one has both: remove one (an outcome ends the case at this step)");
        }
        else if (!hasChoices && !hasOutcome)
        {
            reading.Report(mapping, "the step has neither 'choices' nor an 'outcome': add 2 to 6 choices, or end the case here with 'outcome: ...'");
        }

        var read = choices is null ? [] : ReadChoices(id, choices, paths, reading);
        return id is null || text is null ? null : new ScenarioStep(id, text, read, outcome);
    }

    private static ImmutableArray<ScenarioChoice> ReadChoices(string? step, YamlNode choices, ScenarioPaths paths, QuizYaml reading)
    {
        if (choices is not YamlSequenceNode sequence)
        {
            reading.Report(choices, "'choices' must be a list: put each choice on its own line starting with '- text: ...'");
            return [];
        }

        if (sequence.Children.Count is < ScenarioSyntax.MinChoices or > ScenarioSyntax.MaxChoices)
        {
            reading.Report(sequence, $"a step has {ScenarioSyntax.MinChoices} to {ScenarioSyntax.MaxChoices} choices, this one has {sequence.Children.Count}: "
                + (sequence.Children.Count < ScenarioSyntax.MinChoices ? "add a choice, or end the case at this step with 'outcome: ...' instead of 'choices'" : "keep the ones that teach most"));
        }

        var read = ImmutableArray.CreateBuilder<ScenarioChoice>();
        foreach (var item in sequence.Children)
        {
            if (item is not YamlMappingNode choice)
            {
                reading.Report(item, "each choice must be 'key: value' lines, starting with '- text: ...'");
            }
            else if (ReadChoice(step, choice, paths, reading) is { } c)
            {
                read.Add(c);
            }
        }

        return read.ToImmutable();
    }

    private static ScenarioChoice? ReadChoice(string? step, YamlMappingNode mapping, ScenarioPaths paths, QuizYaml reading)
    {
        QuizText? text = null, outcome = null;
        string? next = null;
        YamlNode? outcomeKey = null;
        foreach (var (key, keyNode, value) in reading.Entries(mapping))
        {
            switch (key)
            {
                case ScenarioSyntax.Text:
                    text = reading.Text(key, value);
                    break;
                case ScenarioSyntax.Next:
                    next = QuizReader.ReadId(value, reading, "next step", "gesprek");
                    paths.AddNext(step, next, value);
                    break;
                case ScenarioSyntax.Outcome:
                    (outcome, outcomeKey) = (reading.Text(key, value), keyNode);
                    break;
                default:
                    reading.Unknown(key, keyNode, "a choice", ScenarioSyntax.ChoiceKeys, ScenarioSyntax.DutchKeys);
                    break;
            }
        }

        if (!Written(mapping, ScenarioSyntax.Text, ScenarioSyntax.ChoiceKeys))
        {
            reading.Report(mapping, "the choice has no 'text': add what the reader does, like 'text: Je blijft rustig.'");
        }

        bool hasNext = Written(mapping, ScenarioSyntax.Next, ScenarioSyntax.ChoiceKeys), hasOutcome = Written(mapping, ScenarioSyntax.Outcome, ScenarioSyntax.ChoiceKeys);
        if (hasNext && hasOutcome)
        {
            reading.Report(outcomeKey ?? mapping, "a choice has either 'next' or an 'outcome', this one has both: keep one");
        }
        else if (!hasNext && !hasOutcome)
        {
            reading.Report(mapping, "the choice has neither 'next' nor an 'outcome': lead it to a step with 'next: <step id>', or end the case with 'outcome: ...'");
        }

        return text is null ? null : new ScenarioChoice(text, outcomeKey is null ? next : null, outcome);
    }

    /// <summary>
    /// Whether <paramref name="key"/> is written, or an unknown key that stands for it (<c>tekst</c>, <c>txet</c>):
    /// that one is reported as unknown with its suggestion, and once is enough.
    /// </summary>
    private static bool Written(YamlMappingNode mapping, string key, IReadOnlyList<string> known) =>
        mapping.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "").Any(k => k == key || (!known.Contains(k) &&
            (Suggest.Closest(k, known) == key || (ScenarioSyntax.DutchKeys.TryGetValue(k, out var english) && english == key))));
}
