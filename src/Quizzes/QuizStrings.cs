using System.Collections.Concurrent;
using StatiqSite.Theme;

namespace StatiqSite.Quizzes;

/// <summary>
/// The widget's UI text, kept in one file of the theme (<c>theme/strings/quiz.&lt;language&gt;.json</c>) so another
/// language can replace it. The renderer writes the labels from it and passes the whole set to the script
/// (<c>data-quiz-strings</c>), so C# and JS never hold text of their own. Loaded once per version of the file.
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
        KnewIt = "knewIt", NotYet = "notYet", Behaviours = "behaviours";

    private static readonly string[] Required = [Title, QuestionNumber, True, False, YourAnswer, Check, CheckReflection, ShowAnswer,
        AnswerIs, ModelAnswer, Explanation, Correct, Incorrect, Retry, ProgressTitle, ProgressIntro, ProgressNoScript, ProgressNone, ResetAll,
        SaveProgress, LoadProgress, LoadNote, PrintPortfolio, ReviewTitle, ReviewIntro, ReviewNone, ReflectionsTitle, ReflectionsNone,
        PractiseTerms, FlashcardsTitle, FlashcardsIntro, FlashcardsNoScript, ShowMeaning, KnewIt, NotYet, Behaviours];

    private static readonly ConcurrentDictionary<string, (QuizStrings?, string?)> Cache = new(StringComparer.Ordinal);
    private readonly ThemeStrings _strings;

    private QuizStrings(ThemeStrings strings, string file)
    {
        _strings = strings;
        File = file;
    }

    /// <summary>The file the strings come from.</summary>
    public string File { get; }

    /// <summary>All strings as one JSON object, for the script.</summary>
    public string Json => _strings.Json;

    /// <summary>The string named <paramref name="name"/>.</summary>
    public string this[string name] => _strings[name];

    /// <summary>The strings of the theme for a language (falling back to Dutch), or an error message saying what is wrong.</summary>
    public static (QuizStrings? Strings, string? Error) Load(string themeDirectory, string? language)
    {
        // Keyed by the file's time too, so a preview rebuild picks up an edited file.
        var file = ThemeStrings.FileOf(themeDirectory, "quiz", language);
        return Cache.GetOrAdd($"{file}|{System.IO.File.GetLastWriteTimeUtc(file).Ticks}", _ => Read(themeDirectory, language, file));
    }

    private static (QuizStrings?, string?) Read(string themeDirectory, string? language, string file)
    {
        var (strings, error) = ThemeStrings.Load(themeDirectory, "quiz", language, Required);
        return strings is null ? (null, error) : (new QuizStrings(strings, file), null);
    }
}
