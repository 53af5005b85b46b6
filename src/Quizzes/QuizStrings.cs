using System.Text.Json;

namespace StatiqSite.Quizzes;

/// <summary>
/// The widget's UI text, kept in one file of the theme (<c>theme/strings/quiz.&lt;language&gt;.json</c>) so another
/// language can replace it. The renderer writes the labels from it and passes the whole set to the script
/// (<c>data-quiz-strings</c>), so C# and JS never hold text of their own. Read once per build by
/// <see cref="ReadQuizStrings"/>; modules reach it through <see cref="QuizContext.QuizStrings"/>.
/// </summary>
public sealed class QuizStrings
{
    /// <summary>Names of the strings the renderer, the progress page and the flashcards page use; the scripts use the others.</summary>
    public const string Title = "title", QuestionNumber = "questionNumber", True = "true", False = "false",
        YourAnswer = "yourAnswer", Check = "check", CheckReflection = "checkReflection", ShowAnswer = "showAnswer",
        AnswerIs = "answerIs", ModelAnswer = "modelAnswer", Explanation = "explanation", Correct = "correct",
        Incorrect = "incorrect", Retry = "retry", ProgressTitle = "progressTitle", ProgressIntro = "progressIntro",
        ProgressNoScript = "progressNoScript", ProgressNone = "progressNone", ResetAll = "resetAll",
        SaveProgress = "saveProgress", LoadProgress = "loadProgress", LoadNote = "loadNote", PrintPortfolio = "printPortfolio",
        ReviewTitle = "reviewTitle", ReviewIntro = "reviewIntro", ReviewNone = "reviewNone", ReflectionsTitle = "reflectionsTitle",
        ReflectionsNone = "reflectionsNone", PractiseTerms = "practiseTerms", FlashcardsTitle = "flashcardsTitle",
        FlashcardsIntro = "flashcardsIntro", FlashcardsNoScript = "flashcardsNoScript", ShowMeaning = "showMeaning",
        KnewIt = "knewIt", NotYet = "notYet", Behaviours = "behaviours", GapsOr = "gapsOr";

    private const string DefaultLanguage = "nl";
    private static readonly string[] Required = [Title, QuestionNumber, True, False, YourAnswer, Check, CheckReflection, ShowAnswer,
        AnswerIs, ModelAnswer, Explanation, Correct, Incorrect, Retry, ProgressTitle, ProgressIntro, ProgressNoScript, ProgressNone, ResetAll,
        SaveProgress, LoadProgress, LoadNote, PrintPortfolio, ReviewTitle, ReviewIntro, ReviewNone, ReflectionsTitle, ReflectionsNone,
        PractiseTerms, FlashcardsTitle, FlashcardsIntro, FlashcardsNoScript, ShowMeaning, KnewIt, NotYet, Behaviours, GapsOr];

    private readonly SortedDictionary<string, string> _strings;

    private QuizStrings(SortedDictionary<string, string> strings, string file)
    {
        _strings = strings;
        File = file;
        // Relaxed escaping is safe here: the JSON is HTML-encoded as a whole when written into an attribute.
        Json = JsonSerializer.Serialize(strings, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>The file the strings come from.</summary>
    public string File { get; }

    /// <summary>All strings as one JSON object, for the script.</summary>
    public string Json { get; }

    /// <summary>Every string by name, for the theme's partials (<c>strings.check</c>).</summary>
    public IReadOnlyDictionary<string, string> Values => _strings;

    /// <summary>The string named <paramref name="name"/>.</summary>
    public string this[string name] => _strings[name];

    /// <summary>The strings of the theme for a language (falling back to Dutch), or an error message saying what is wrong.</summary>
    public static (QuizStrings? Strings, string? Error) Load(string themeDirectory, string? language)
    {
        var folder = Path.Combine(themeDirectory, "strings");
        var file = Path.Combine(folder, $"quiz.{language}.json");
        if (language is null || !System.IO.File.Exists(file))
        {
            file = Path.Combine(folder, $"quiz.{DefaultLanguage}.json");
        }

        return Read(Path.GetFullPath(file));
    }

    private static (QuizStrings?, string?) Read(string file)
    {
        if (!System.IO.File.Exists(file))
        {
            return (null, $"the theme has no quiz strings file {file}");
        }

        try
        {
            var strings = JsonSerializer.Deserialize<SortedDictionary<string, string>>(System.IO.File.ReadAllText(file));
            var missing = Required.Where(r => strings is null || !strings.ContainsKey(r)).ToList();
            return missing.Count == 0
                ? (new QuizStrings(strings!, file), null)
                : (null, $"the quiz strings file {file} lacks: {string.Join(", ", missing)}");
        }
        catch (JsonException e)
        {
            return (null, $"the quiz strings file {file} is not a JSON object of texts: {e.Message}");
        }
    }
}
