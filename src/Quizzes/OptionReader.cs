using System.Collections.Immutable;
using YamlDotNet.RepresentationModel;

namespace StatiqSite.Quizzes;

/// <summary>Reads the options of a single or multiple question and checks their number and correct ones.</summary>
internal static class OptionReader
{
    /// <summary>The options that could be read; the broken ones are reported.</summary>
    public static ImmutableArray<QuizOption> ReadAll(YamlNode value, QuizYaml reading)
    {
        if (value is not YamlSequenceNode sequence)
        {
            reading.Report(value, "'options' must be a list: put each option on its own line starting with '- text: ...'");
            return [];
        }

        var options = ImmutableArray.CreateBuilder<QuizOption>();
        foreach (var item in sequence.Children)
        {
            if (item is not YamlMappingNode option)
            {
                reading.Report(item, $"an option must be 'key: value' lines, like '- text: {QuizYaml.Describe(item)}' (with 'correct: true' below the right one)");
                continue;
            }

            if (Read(option, reading) is { } read)
            {
                options.Add(read);
            }
        }

        return options.ToImmutable();
    }

    /// <summary>
    /// Checks the number of options and of correct ones: exactly one for a <paramref name="kind"/> that has
    /// <paramref name="one"/> right option (single), at least one otherwise (multiple).
    /// </summary>
    public static bool Check(string kind, bool one, ImmutableArray<QuizOption> options, YamlNode optionsKey, QuizYaml reading)
    {
        var count = options.Length;
        var correct = options.Count(o => o.Correct);
        if (count is < QuizSyntax.MinOptions or > QuizSyntax.MaxOptions)
        {
            reading.Report(optionsKey, $"a question has {QuizSyntax.MinOptions} to {QuizSyntax.MaxOptions} options, this one has {count}: "
                + (count < QuizSyntax.MinOptions ? "add options" : "remove some, or split the question"));
            return false;
        }

        if (one && correct != 1)
        {
            reading.Report(optionsKey, $"a '{kind}' question needs exactly one option with 'correct: true', this one has {correct}: "
                + (correct == 0 ? "mark the right option" : "use 'type: multiple' when more options are right"));
            return false;
        }

        if (!one && correct == 0)
        {
            reading.Report(optionsKey, $"a '{kind}' question needs at least one option with 'correct: true': mark the right options");
            return false;
        }

        return true;
    }

    /// <summary>How many options are marked <c>correct: true</c>, counted without reporting anything (for the default type).</summary>
    public static int CountCorrect(YamlNode value) =>
        value is YamlSequenceNode sequence
            ? sequence.Children.OfType<YamlMappingNode>().Count(o => o.Children.Any(c =>
                c.Key is YamlScalarNode { Value: QuizSyntax.Correct } && StatiqSite.Content.YamlScalars.TryBoolean(c.Value, out var flag) && flag))
            : 0;

    private static QuizOption? Read(YamlMappingNode option, QuizYaml reading)
    {
        QuizText? text = null, feedback = null;
        var correct = false;
        var hasText = false;
        foreach (var (key, keyNode, value) in reading.Entries(option))
        {
            switch (key)
            {
                case QuizSyntax.Text:
                    hasText = true;
                    text = reading.Text(key, value);
                    break;
                case QuizSyntax.Correct:
                    correct = reading.Boolean(key, value) ?? false;
                    break;
                case QuizSyntax.Feedback:
                    feedback = reading.Text(key, value);
                    break;
                default:
                    reading.Unknown(key, keyNode, "an option", QuizSyntax.OptionKeys);
                    break;
            }
        }

        if (!hasText)
        {
            reading.Report(option, "the option has no 'text': start it with '- text: ...'");
        }

        return text is null ? null : new QuizOption(text, correct, feedback);
    }
}
