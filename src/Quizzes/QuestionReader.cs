using System.Collections.Immutable;
using StatiqSite.Content;
using YamlDotNet.RepresentationModel;

namespace StatiqSite.Quizzes;

/// <summary>Reads one question and its options, and checks the rules of its type.</summary>
internal static class QuestionReader
{
    /// <summary>The question, or null when it is too broken to render. <paramref name="at"/> is where to report a missing key.</summary>
    public static QuizQuestion? Read(YamlMappingNode mapping, YamlNode at, QuizYaml reading)
    {
        QuizText? text = null, modelAnswer = null, explanation = null;
        QuestionType? type = null;
        string? id = null;
        bool? answer = null;
        ImmutableArray<QuizOption>? options = null;
        var keys = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (key, keyNode, value) in reading.Entries(mapping))
        {
            keys[key] = keyNode;
            switch (key)
            {
                case QuizSyntax.Question: text = reading.Text(key, value); break;
                case QuizSyntax.Id: id = QuizReader.ReadId(value, reading, "question", "eerste-vraag"); break;
                case QuizSyntax.Type: type = ReadType(value, reading); break;
                case QuizSyntax.Options: options = OptionReader.ReadAll(value, reading); break;
                case QuizSyntax.Answer: answer = reading.Boolean(key, value); break;
                case QuizSyntax.ModelAnswer: modelAnswer = reading.Text(key, value); break;
                case QuizSyntax.Explanation: explanation = reading.Text(key, value); break;
                default: reading.Unknown(key, keyNode, "a question", QuizSyntax.QuestionKeys); break;
            }
        }

        if (!keys.ContainsKey(QuizSyntax.Question))
        {
            reading.Report(at, "the question has no 'question': add 'question: ...' with the text of the question");
        }

        if (keys.ContainsKey(QuizSyntax.Type) && type is null)
        {
            return null; // the wrong type is reported; guessing one would only add confusing messages
        }

        type ??= DefaultType(keys, options);
        if (type is null)
        {
            reading.Report(at, "the question has no 'type' and no option with 'correct: true': add 'type: single', 'multiple', 'truefalse' or 'reflection'");
            return null;
        }

        var question = new QuizQuestion(type.Value, text!, options ?? [], answer, modelAnswer, explanation) { Id = id };
        return CheckType(question, keys, at, reading) && text is not null ? question : null;
    }

    private static QuestionType? ReadType(YamlNode value, QuizYaml reading)
    {
        if (YamlScalars.TryText(value, out var name) && QuizSyntax.Types.TryGetValue(name, out var type))
        {
            return type;
        }

        reading.Report(value, $"unknown question type '{QuizYaml.Describe(value)}'{Suggest.DidYouMean(name, QuizSyntax.Types.Keys)}: use {string.Join(", ", QuizSyntax.Types.Keys)}");
        return null;
    }

    /// <summary>The contract's default: single when exactly one option is correct, multiple when more are.</summary>
    private static QuestionType? DefaultType(Dictionary<string, YamlNode> keys, ImmutableArray<QuizOption>? options) =>
        options is { } list && list.Count(o => o.Correct) is var correct && correct > 0 ? (correct == 1 ? QuestionType.Single : QuestionType.Multiple)
        : keys.ContainsKey(QuizSyntax.Answer) ? QuestionType.TrueFalse
        : keys.ContainsKey(QuizSyntax.ModelAnswer) ? QuestionType.Reflection
        : null;

    /// <summary>Checks the keys and options a type needs; false when the question cannot be rendered.</summary>
    private static bool CheckType(QuizQuestion question, Dictionary<string, YamlNode> keys, YamlNode at, QuizYaml reading)
    {
        var name = QuizSyntax.NameOf(question.Type);
        var (needs, forbidden) = question.Type switch
        {
            QuestionType.Single or QuestionType.Multiple => (QuizSyntax.Options, new[] { QuizSyntax.Answer, QuizSyntax.ModelAnswer }),
            QuestionType.TrueFalse => (QuizSyntax.Answer, new[] { QuizSyntax.Options, QuizSyntax.ModelAnswer }),
            _ => (QuizSyntax.ModelAnswer, new[] { QuizSyntax.Options, QuizSyntax.Answer }),
        };
        foreach (var key in forbidden.Where(keys.ContainsKey))
        {
            reading.Report(keys[key], $"'{key}' does not belong in a '{name}' question: remove it, or change the 'type'");
        }

        if (!keys.ContainsKey(needs))
        {
            reading.Report(at, $"a '{name}' question needs '{needs}': " + needs switch
            {
                QuizSyntax.Options => $"add 'options:' with {QuizSyntax.MinOptions} to {QuizSyntax.MaxOptions} options, each '- text: ...'",
                QuizSyntax.Answer => "add 'answer: true' or 'answer: false'",
                _ => "add 'model_answer: ...' with an example answer",
            });
            return false;
        }

        return question.Type switch
        {
            QuestionType.Single or QuestionType.Multiple => OptionReader.Check(question, keys[QuizSyntax.Options], reading),
            QuestionType.TrueFalse => question.Answer is not null,
            _ => question.ModelAnswer is not null,
        };
    }
}
