using StatiqSite.Content;
using StatiqSite.Quizzes.Kinds;
using YamlDotNet.RepresentationModel;

namespace StatiqSite.Quizzes;

/// <summary>
/// Reads one question: the keys every question has, then its kind (written, or implied by its keys), which reads
/// and checks its own keys. A key of another kind is reported as not belonging; any other key as unknown.
/// </summary>
internal static class QuestionReader
{
    /// <summary>The question, or null when it is too broken to render. <paramref name="at"/> is where to report a missing key.</summary>
    public static Question? Read(YamlMappingNode mapping, YamlNode at, QuizYaml reading)
    {
        QuizText? text = null, explanation = null;
        IQuestionKind? kind = null;
        string? id = null;
        bool hasText = false, hasType = false;
        var own = new Dictionary<string, KindEntry>(StringComparer.Ordinal);
        foreach (var (key, keyNode, value) in reading.Entries(mapping))
        {
            switch (key)
            {
                case QuizSyntax.Question: hasText = true; text = reading.Text(key, value); break;
                case QuizSyntax.Id: id = QuizReader.ReadId(value, reading, "question", "eerste-vraag"); break;
                case QuizSyntax.Type: hasType = true; kind = ReadType(value, reading); break;
                case QuizSyntax.Explanation: explanation = reading.Text(key, value); break;
                default: own[key] = new KindEntry(keyNode, value); break;
            }
        }

        if (!hasText)
        {
            reading.Report(at, "the question has no 'question': add 'question: ...' with the text of the question");
        }

        kind ??= hasType ? null : QuestionKinds.Implied(own);
        CheckKeys(own, kind, reading);
        if (kind is null)
        {
            if (!hasType)
            {
                // A wrong type is reported already; guessing one would only add confusing messages.
                reading.Report(at, $"the question has no 'type' and no option with 'correct: true': add {TypeChoices()}");
            }

            return null;
        }

        var head = new QuestionHead(text, id, explanation, at);
        var question = kind.Read(head, own.Where(e => kind.Keys.Contains(e.Key)).ToDictionary(StringComparer.Ordinal), reading);
        return text is null ? null : question;
    }

    /// <summary>"'type: single', 'multiple', ... or 'reflection'".</summary>
    private static string TypeChoices()
    {
        var names = QuestionKinds.Names.Select(n => $"'{n}'").ToList();
        names[0] = "'type: " + names[0][1..];
        return string.Join(", ", names[..^1]) + " or " + names[^1];
    }

    private static IQuestionKind? ReadType(YamlNode value, QuizYaml reading)
    {
        if (YamlScalars.TryText(value, out var name) && QuestionKinds.Find(name) is { } kind)
        {
            return kind;
        }

        reading.Report(value, $"unknown question type '{QuizYaml.Describe(value)}'{Suggest.DidYouMean(name, QuestionKinds.Names)}: use {string.Join(", ", QuestionKinds.Names)}");
        return null;
    }

    /// <summary>Reports the keys that are not the kind's: another kind's key does not belong, any other is unknown.</summary>
    private static void CheckKeys(Dictionary<string, KindEntry> keys, IQuestionKind? kind, QuizYaml reading)
    {
        foreach (var (key, entry) in keys)
        {
            if (kind is not null && kind.Keys.Contains(key))
            {
                continue;
            }

            if (QuestionKinds.IsKindKey(key))
            {
                if (kind is not null)
                {
                    reading.Report(entry.Key, $"'{key}' does not belong in {QuestionKinds.Describe(kind)}: remove it, or change the 'type'");
                }
            }
            else
            {
                reading.Unknown(key, entry.Key, "a question", QuestionKinds.QuestionKeys);
            }
        }
    }
}
