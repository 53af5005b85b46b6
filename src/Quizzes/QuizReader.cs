using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using StatiqSite.Content;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StatiqSite.Quizzes;

/// <summary>
/// Reads the YAML of one quiz block into a <see cref="Quiz"/> and checks every rule of the authoring contract,
/// collecting all problems (at page file positions) instead of stopping at the first.
/// </summary>
public static partial class QuizReader
{
    /// <summary>
    /// Reads a quiz. The quiz is null only when the YAML cannot be read at all; otherwise it holds what could be
    /// read (its id too, for the site-wide duplicate check) and <paramref name="problems"/> says what is wrong.
    /// </summary>
    /// <param name="yaml">The block's content.</param>
    /// <param name="firstLine">1-based line of the YAML's first line in the page file.</param>
    /// <param name="columnOffset">Columns before the YAML text in the file.</param>
    /// <param name="problems">Every mistake found.</param>
    public static Quiz? Read(string yaml, int firstLine, int columnOffset, out IReadOnlyList<QuizProblem> problems)
    {
        var reading = new QuizYaml(firstLine, columnOffset);
        var quiz = Read(yaml, reading);
        problems = reading.Problems;
        return quiz;
    }

    /// <summary>The content hash of a quiz's YAML: 10 hex digits.</summary>
    public static string VersionOf(string yaml) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(yaml.ReplaceLineEndings("\n").Trim())))[..10];

    private static Quiz? Read(string yaml, QuizYaml reading)
    {
        if (YamlRoot.Load(yaml, out var problem) is not { } root)
        {
            reading.Report(problem.At, $"invalid YAML in the quiz: {problem.Message}");
            return null;
        }

        if (root is YamlScalarNode { Value: null or "" } || YamlScalars.IsNull(root))
        {
            reading.Report(root.Start, "the quiz is empty: add 'questions:' with a list of questions, each starting with '- question: ...'");
            return null;
        }

        if (root is not YamlMappingNode mapping)
        {
            reading.Report(root.Start, "the quiz must be 'key: value' lines, starting with 'questions:' (see docs/quizzes.md)");
            return null;
        }

        return ReadQuiz(mapping, yaml, reading);
    }

    private static Quiz ReadQuiz(YamlMappingNode mapping, string yaml, QuizYaml reading)
    {
        string? id = null;
        QuizText? title = null;
        YamlNode? questions = null;
        var shorthand = new YamlMappingNode();
        foreach (var (key, keyNode, value) in reading.Entries(mapping))
        {
            switch (key)
            {
                case QuizSyntax.Id:
                    id = ReadId(value, reading);
                    break;
                case QuizSyntax.Title:
                    title = reading.Text(key, value);
                    break;
                case QuizSyntax.Questions:
                    questions = value;
                    break;
                case var _ when Kinds.QuestionKinds.QuestionKeys.Contains(key):
                    shorthand.Add(keyNode, value);
                    break;
                default:
                    reading.Unknown(key, keyNode, "the quiz", [.. QuizSyntax.QuizKeys.Union(Kinds.QuestionKinds.QuestionKeys)]);
                    break;
            }
        }

        var (line, column) = reading.At(mapping.Start);
        var list = ReadQuestions(mapping, questions, shorthand, reading);
        return new Quiz(id, title, list, VersionOf(yaml), line, column);
    }

    private static ImmutableArray<Question> ReadQuestions(YamlMappingNode quiz, YamlNode? questions, YamlMappingNode shorthand, QuizYaml reading)
    {
        if (questions is null)
        {
            if (shorthand.Children.Count == 0)
            {
                reading.Report(quiz, "the quiz has no questions: add 'questions:' with a list of questions, each starting with '- question: ...'");
                return [];
            }

            // A one-question quiz may put the question's keys at the top.
            return QuestionReader.Read(shorthand, quiz, reading) is { } single ? [single] : [];
        }

        if (shorthand.Children.Count > 0)
        {
            var first = shorthand.Children.First().Key;
            reading.Report(first, $"'{((YamlScalarNode)first).Value}' belongs to a question inside 'questions': move it into the list, or remove 'questions' for a one-question quiz");
        }

        if (questions is not YamlSequenceNode sequence)
        {
            reading.Report(questions, "'questions' must be a list: put each question on its own line starting with '- question: ...'");
            return [];
        }

        if (sequence.Children.Count is < QuizSyntax.MinQuestions or > QuizSyntax.MaxQuestions)
        {
            reading.Report(sequence, $"a quiz has {QuizSyntax.MinQuestions} to {QuizSyntax.MaxQuestions} questions, this one has {sequence.Children.Count}: "
                + (sequence.Children.Count == 0 ? "add a question" : "split it into several quizzes"));
        }

        var read = ImmutableArray.CreateBuilder<Question>();
        var ids = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var item in sequence.Children)
        {
            if (item is not YamlMappingNode question)
            {
                reading.Report(item, "each question must be 'key: value' lines, starting with '- question: ...'");
            }
            else if (QuestionReader.Read(question, question, reading) is { } q)
            {
                CheckUnique(q, question, ids, reading);
                read.Add(q);
            }
        }

        return read.ToImmutable();
    }

    /// <summary>A question id may be used once in its quiz: the second use is reported, naming the first's line.</summary>
    private static void CheckUnique(Question question, YamlMappingNode mapping, Dictionary<string, YamlNode> ids, QuizYaml reading)
    {
        if (question.Id is not { } id)
        {
            return;
        }

        var node = mapping.Children.First(c => c.Key is YamlScalarNode { Value: QuizSyntax.Id }).Value;
        if (ids.TryGetValue(id, out var first))
        {
            reading.Report(node, $"the question id '{id}' is also used on line {reading.At(first.Start).Line}: question ids must be unique in their quiz, give one of them another 'id'");
        }
        else
        {
            ids.Add(id, node);
        }
    }

    private static string? ReadId(YamlNode value, QuizYaml reading) => ReadId(value, reading, "quiz", "grenzen-stellen");

    /// <summary>An id of a quiz or a question (a-z 0-9 -); reports and returns null when it is anything else.</summary>
    internal static string? ReadId(YamlNode value, QuizYaml reading, string of, string example)
    {
        if (YamlScalars.TryText(value, out var id) && IdPattern().IsMatch(id))
        {
            return id;
        }

        reading.Report(value, $"the {of} id '{QuizYaml.Describe(value)}' may only have the letters a-z, digits and '-', like 'id: {example}'");
        return null;
    }

    [GeneratedRegex("^[a-z0-9-]+$")]
    private static partial Regex IdPattern();
}
