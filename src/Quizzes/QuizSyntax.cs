namespace StatiqSite.Quizzes;

/// <summary>The keys and values of a quiz block's YAML, as contributors write them (see the authoring contract).</summary>
public static class QuizSyntax
{
    /// <summary>The info string of a fenced code block that holds a quiz.</summary>
    public const string Info = "quiz";

    /// <summary>
    /// Whether a fenced code block holds a quiz: its info string is <see cref="Info"/> in any case (<c>```Quiz</c>
    /// is a quiz, never silently shown as code).
    /// </summary>
    public static bool IsQuiz(Markdig.Syntax.FencedCodeBlock block) => string.Equals(block.Info, Info, StringComparison.OrdinalIgnoreCase);

    /// <summary><c>id</c>: of a quiz, a-z 0-9 -, unique in the site; of a question, the same characters, unique in its quiz.</summary>
    public const string Id = "id";

    /// <summary><c>title</c>: heading of the widget.</summary>
    public const string Title = "title";

    /// <summary><c>questions</c>: the list of questions.</summary>
    public const string Questions = "questions";

    /// <summary><c>question</c>: the question text.</summary>
    public const string Question = "question";

    /// <summary><c>type</c>: the name of a kind (<see cref="Kinds.QuestionKinds"/>).</summary>
    public const string Type = "type";

    /// <summary><c>options</c>: the choices of a single or multiple question.</summary>
    public const string Options = "options";

    /// <summary><c>answer</c>: true or false, for truefalse.</summary>
    public const string Answer = "answer";

    /// <summary><c>model_answer</c>: the example answer of a reflection question.</summary>
    public const string ModelAnswer = "model_answer";

    /// <summary><c>explanation</c>: shown once the question is answered.</summary>
    public const string Explanation = "explanation";

    /// <summary><c>shuffle</c>: true to show the options of a single or multiple question in a shuffled order.</summary>
    public const string Shuffle = "shuffle";

    /// <summary><c>items</c>: the items of an ordering question, in the right order.</summary>
    public const string Items = "items";

    /// <summary><c>pairs</c>: the pairs of a matching question.</summary>
    public const string Pairs = "pairs";

    /// <summary><c>left</c>: the left-hand side of a pair.</summary>
    public const string Left = "left";

    /// <summary><c>right</c>: the right-hand side of a pair, chosen from a list of all right-hand sides.</summary>
    public const string Right = "right";

    /// <summary><c>text</c>: an option's text; the text with gaps of a gaps question.</summary>
    public const string Text = "text";

    /// <summary><c>correct</c>: whether an option is right.</summary>
    public const string Correct = "correct";

    /// <summary><c>feedback</c>: shown for an option once the question is answered.</summary>
    public const string Feedback = "feedback";

    /// <summary>Keys of the quiz itself.</summary>
    public static readonly IReadOnlyList<string> QuizKeys = [Id, Title, Questions];

    /// <summary>Keys every question has, whatever its kind; <see cref="Kinds.QuestionKinds.QuestionKeys"/> adds the kinds' own.</summary>
    public static readonly IReadOnlyList<string> CommonQuestionKeys = [Question, Id, Type, Explanation];

    /// <summary>Keys of an option.</summary>
    public static readonly IReadOnlyList<string> OptionKeys = [Text, Correct, Feedback];

    /// <summary>Dutch words contributors may write for a key (<c>titel</c>, <c>vraag</c>), to suggest the English key.</summary>
    public static readonly IReadOnlyDictionary<string, string> DutchKeys = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["titel"] = Title, ["vragen"] = Questions, ["vraag"] = Question, ["soort"] = Type, ["opties"] = Options,
        ["antwoorden"] = Options, ["antwoord"] = Answer, ["modelantwoord"] = ModelAnswer, ["model_antwoord"] = ModelAnswer,
        ["uitleg"] = Explanation, ["toelichting"] = Explanation, ["tekst"] = Text, ["juist"] = Correct, ["goed"] = Correct,
        ["husselen"] = Shuffle, ["schudden"] = Shuffle,
        ["stappen"] = Items, ["onderdelen"] = Items, ["paren"] = Pairs, ["links"] = Left, ["rechts"] = Right,
    };

    /// <summary>Fewest and most questions of a quiz.</summary>
    public const int MinQuestions = 1, MaxQuestions = 50;

    /// <summary>Fewest and most options of a question.</summary>
    public const int MinOptions = 2, MaxOptions = 10;
}
