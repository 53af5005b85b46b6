using System.Text;

namespace CorpusGenerator;

/// <summary>
/// A ```quiz block valid per the authoring contract, with one question of each type (single, multiple,
/// truefalse, reflection) plus one or two more, and a site-unique id.
/// </summary>
internal static class QuizBlock
{
    public static string Write(int pageIndex, TextMaker text)
    {
        var random = text.Random;
        var yaml = new StringBuilder("```quiz\n");
        yaml.Append("id: quiz-").Append(pageIndex).Append('\n')
            .Append("title: Test jezelf\n")
            .Append("questions:\n");
        string[] types = ["single", "multiple", "truefalse", "reflection"];
        var extra = random.Next(1, 3);
        for (var q = 0; q < types.Length + extra; q++)
        {
            var type = q < types.Length ? types[q] : types[random.Next(types.Length)];
            Question(yaml, type, text);
        }

        return yaml.Append("```\n").ToString();
    }

    private static void Question(StringBuilder yaml, string type, TextMaker text)
    {
        var random = text.Random;
        yaml.Append("  - question: ").Append(text.Sentence(end: '?')).Append('\n');
        switch (type)
        {
            case "truefalse":
                yaml.Append("    type: truefalse\n    answer: ").Append(random.Next(2) == 0 ? "true" : "false").Append('\n');
                break;
            case "reflection":
                yaml.Append("    type: reflection\n    model_answer: ").Append(text.Sentence()).Append('\n');
                break;
            default:
                var count = random.Next(3, 6);
                HashSet<int> correct = type == "single" ? [random.Next(count)] : Enumerable.Range(0, count).Where(_ => random.Next(2) == 0).DefaultIfEmpty(0).ToHashSet();
                yaml.Append("    type: ").Append(type).Append("\n    options:\n");
                for (var o = 0; o < count; o++)
                {
                    yaml.Append("      - text: ").Append(text.Clause()).Append('\n');
                    if (correct.Contains(o))
                    {
                        yaml.Append("        correct: true\n");
                    }
                    else if (random.Next(2) == 0)
                    {
                        yaml.Append("        feedback: ").Append(text.Sentence()).Append('\n');
                    }
                }

                break;
        }

        if (random.Next(2) == 0)
        {
            yaml.Append("    explanation: ").Append(text.Sentence()).Append('\n');
        }
    }
}
