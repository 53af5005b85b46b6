using System.Security.Cryptography;
using System.Text;

namespace StatiqSite.Quizzes;

/// <summary>
/// The version of one question: a hash of what the reader answers to (its kind, text, options with their
/// correctness, answer), taken from the parsed values, so reformatting the YAML or editing feedback, an
/// explanation or a model answer keeps the reader's progress, and an edit to one question resets that question
/// only. Each kind adds the parts it is answered by (<see cref="Kinds.IQuestionKind.VersionParts"/>).
/// </summary>
public static class QuestionVersion
{
    // A separator no YAML text holds, so "a" + "bc" and "ab" + "c" differ.
    private const char Separator = '\u001f';

    /// <summary>The version of <paramref name="question"/>: 8 hex digits.</summary>
    public static string Of(Question question)
    {
        var text = string.Join(Separator, PartsOf(question));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];
    }

    private static IEnumerable<string> PartsOf(Question question) =>
        [question.Kind.Name, question.Text.Markdown, .. question.Kind.VersionParts(question)];
}
