using System.Collections.Immutable;
using StatiqSite.Content;
using YamlDotNet.RepresentationModel;

namespace StatiqSite.Quizzes.Kinds;

/// <summary>
/// Reads the keys of a <c>selfrating</c> question: <c>behaviours_of</c> (a glossary id, resolved against the glossary
/// by <see cref="ResolveBehaviours"/> once the build's glossary is known) or <c>statements</c>, and <c>scale</c>.
/// </summary>
internal static class SelfRatingReader
{
    /// <summary>Fewest and most statements, and labels of a scale.</summary>
    public const int MinStatements = 1, MaxStatements = 12, MinLabels = 2, MaxLabels = 7;

    /// <summary>The scale when none is written.</summary>
    public static readonly ImmutableArray<string> DefaultScale = ["Nog niet", "Soms", "Meestal", "Altijd"];

    /// <summary>The statements written in <c>statements</c>; reports a value that is not a list of 1 to 12 texts.</summary>
    public static ImmutableArray<QuizText> ReadStatements(YamlNode value, QuizYaml reading)
    {
        if (value is not YamlSequenceNode sequence)
        {
            reading.Report(value, $"'{QuizSyntax.Statements}' must be a list: put each statement on its own line starting with '- '");
            return [];
        }

        if (sequence.Children.Count is < MinStatements or > MaxStatements)
        {
            reading.Report(value, $"a self-rating has {MinStatements} to {MaxStatements} statements, this one has {sequence.Children.Count}: "
                + (sequence.Children.Count == 0 ? "add the behaviours the reader rates, each on a line starting with '- '" : "remove some, or split it into two self-ratings"));
        }

        var statements = ImmutableArray.CreateBuilder<QuizText>();
        foreach (var item in sequence.Children)
        {
            if (item is not YamlScalarNode)
            {
                reading.Report(item, "each statement must be text on its own line starting with '- ' (put quotes around text with ': ' in it)");
            }
            else if (reading.Text(QuizSyntax.Statements, item) is { } statement)
            {
                statements.Add(statement);
            }
        }

        return statements.ToImmutable();
    }

    /// <summary>The labels written in <c>scale</c>; reports a value that is not a list of 2 to 7 labels, or an empty label.</summary>
    public static ImmutableArray<string> ReadScale(YamlNode value, QuizYaml reading)
    {
        if (value is not YamlSequenceNode sequence)
        {
            reading.Report(value, $"'{QuizSyntax.Scale}' must be a list of labels from low to high, like 'scale: [Nog niet, Soms, Meestal, Altijd]'");
            return DefaultScale;
        }

        if (sequence.Children.Count is < MinLabels or > MaxLabels)
        {
            reading.Report(value, $"a scale has {MinLabels} to {MaxLabels} labels, from low to high, this one has {sequence.Children.Count}: like 'scale: [Nog niet, Soms, Meestal, Altijd]'");
        }

        var labels = ImmutableArray.CreateBuilder<string>();
        foreach (var item in sequence.Children)
        {
            if (!YamlScalars.TryText(item, out var label) || string.IsNullOrWhiteSpace(label))
            {
                reading.Report(item, item is YamlScalarNode
                    ? "a label of the scale is empty: write the word the reader chooses, like 'Soms'"
                    : "each label of the scale must be a word, like 'scale: [Nog niet, Soms, Meestal, Altijd]'");
                continue;
            }

            labels.Add(label.Trim());
        }

        return labels.ToImmutable();
    }

    /// <summary>The glossary id written in <c>behaviours_of</c>, or null (reported) when it is not text.</summary>
    public static string? ReadBehavioursOf(YamlNode value, QuizYaml reading)
    {
        if (YamlScalars.TryText(value, out var id) && !YamlScalars.IsNull(value) && id.Trim().Length > 0)
        {
            return id.Trim();
        }

        reading.Report(value, $"'{QuizSyntax.BehavioursOf}' must be the id of a term in input/_glossary.yml, like '{QuizSyntax.BehavioursOf}: professionele-afstand'");
        return null;
    }

    /// <summary>
    /// The glossary term written in <c>behaviours_of</c> with its behaviours as the statements (at the value's place),
    /// or null after reporting an id that is not text, not in the glossary (with the closest id) or of a term without behaviours.
    /// </summary>
    public static (string Id, string Term, ImmutableArray<QuizText> Behaviours)? ReadCompetency(YamlNode value, QuizYaml reading)
    {
        if (ReadBehavioursOf(value, reading) is not { } id)
        {
            return null;
        }

        if (reading.Glossary.Find(id) is not { } term)
        {
            reading.Report(value, $"unknown glossary id '{id}' in '{QuizSyntax.BehavioursOf}'{Suggest.DidYouMean(id, reading.Glossary.Terms.Select(t => t.Id))}: use the id of a term in input/_glossary.yml");
            return null;
        }

        if (term.Behaviours.IsEmpty)
        {
            reading.Report(value, $"the glossary term '{id}' has no 'behaviours' to rate: add them under 'behaviours:' in input/_glossary.yml, or write 'statements:' here instead");
            return null;
        }

        var (line, column) = reading.At(value.Start);
        var behaviours = term.Behaviours.Select(b => QuizMarkdown.Parse(b, out _) is { } syntax ? new QuizText(b, line, column, syntax) : null);
        return (term.Id, term.Term, [.. behaviours.OfType<QuizText>()]);
    }

    /// <summary>Reports a self-rating with both or neither of <c>behaviours_of</c> and <c>statements</c>.</summary>
    public static bool CheckSource(IReadOnlyDictionary<string, YamlNode> keys, YamlNode at, QuizYaml reading)
    {
        var both = keys.ContainsKey(QuizSyntax.BehavioursOf) && keys.ContainsKey(QuizSyntax.Statements);
        if (both)
        {
            reading.Report(keys[QuizSyntax.Statements], $"a self-rating has either '{QuizSyntax.BehavioursOf}' or '{QuizSyntax.Statements}', this one has both: remove one of them");
        }
        else if (!keys.ContainsKey(QuizSyntax.BehavioursOf) && !keys.ContainsKey(QuizSyntax.Statements))
        {
            reading.Report(at, $"a 'selfrating' question needs '{QuizSyntax.BehavioursOf}: <glossary id>' (its behaviours are the statements) or '{QuizSyntax.Statements}:' with {MinStatements} to {MaxStatements} statements");
        }

        return !both && (keys.ContainsKey(QuizSyntax.BehavioursOf) || keys.ContainsKey(QuizSyntax.Statements));
    }
}
