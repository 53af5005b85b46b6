using StatiqSite.Theme;

namespace StatiqSite.Quizzes;

/// <summary>
/// The widget's UI text, kept in one file of the theme (<c>theme/strings/quiz.&lt;language&gt;.json</c>) so another
/// language can replace it. The renderer writes the labels from it and passes the whole set to the script
/// (<c>data-quiz-strings</c>), so C# and JS never hold text of their own. Read once per build by
/// <see cref="ReadThemeStrings"/>; modules reach it through <see cref="QuizContext.QuizStrings"/>.
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
        KnewIt = "knewIt", NotYet = "notYet", Behaviours = "behaviours", GapsOr = "gapsOr", SelfRatingsTitle = "selfRatingsTitle",
        SelfRatingsIntro = "selfRatingsIntro", SelfRatingsNone = "selfRatingsNone", SelfRatingsNoScript = "selfRatingsNoScript",
        SelfRatingCaption = "selfRatingCaption", SelfRatingNumber = "selfRatingNumber", SelfRatingStatement = "selfRatingStatement",
        SelfRatingValue = "selfRatingValue", SelfRatingSave = "selfRatingSave", SelfRatingNoAnswerLabel = "selfRatingNoAnswerLabel",
        SelfRatingNoAnswer = "selfRatingNoAnswer";

    /// <summary>The widget's name: its strings are <c>theme/strings/quiz.&lt;language&gt;.json</c>.</summary>
    public const string Widget = "quiz";

    /// <summary>The strings the quiz cannot do without (the build reports a theme that lacks one).</summary>
    public static readonly IReadOnlyList<string> Required = [Title, QuestionNumber, True, False, YourAnswer, Check, CheckReflection, ShowAnswer,
        AnswerIs, ModelAnswer, Explanation, Correct, Incorrect, Retry, ProgressTitle, ProgressIntro, ProgressNoScript, ProgressNone, ResetAll,
        SaveProgress, LoadProgress, LoadNote, PrintPortfolio, ReviewTitle, ReviewIntro, ReviewNone, ReflectionsTitle, ReflectionsNone,
        PractiseTerms, FlashcardsTitle, FlashcardsIntro, FlashcardsNoScript, ShowMeaning, KnewIt, NotYet, Behaviours, GapsOr, SelfRatingsTitle,
        SelfRatingsIntro, SelfRatingsNone, SelfRatingsNoScript, SelfRatingCaption, SelfRatingNumber, SelfRatingStatement, SelfRatingValue,
        SelfRatingSave, SelfRatingNoAnswerLabel, SelfRatingNoAnswer];

    private readonly ThemeStrings _strings;

    /// <summary>The quiz's view of its strings read by <see cref="ReadThemeStrings"/>.</summary>
    public QuizStrings(ThemeStrings strings) => _strings = strings;

    /// <summary>All strings as one JSON object, for the script.</summary>
    public string Json => _strings.Json;

    /// <summary>Every string by name, for the theme's partials (<c>strings.check</c>).</summary>
    public IReadOnlyDictionary<string, string> Values => _strings.All;

    /// <summary>The string named <paramref name="name"/>.</summary>
    public string this[string name] => _strings[name];
}
