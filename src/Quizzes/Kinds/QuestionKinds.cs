namespace StatiqSite.Quizzes.Kinds;

/// <summary>
/// The registry of question kinds: the one place in C# where the kinds are listed. Everything else (reading,
/// versions, the widget, the progress page, search) goes through <see cref="IQuestionKind"/>.
/// </summary>
public static class QuestionKinds
{
    /// <summary>Every kind, in the order a question without <c>type</c> is matched against (<see cref="IQuestionKind.Implied"/>).</summary>
    public static readonly IReadOnlyList<IQuestionKind> All = [new SingleKind(), new MultipleKind(), new TrueFalseKind(), new ReflectionKind(), new OrderingKind(), new GapsKind(), new MatchingKind()];

    private static readonly Dictionary<string, IQuestionKind> ByName = All.ToDictionary(k => k.Name, StringComparer.Ordinal);

    /// <summary>The kind names, as written after <c>type:</c>.</summary>
    public static IEnumerable<string> Names => All.Select(k => k.Name);

    /// <summary>Every key a question may have: the common ones, then each kind's own, each once.</summary>
    public static readonly IReadOnlyList<string> QuestionKeys =
        [.. QuizSyntax.CommonQuestionKeys.Concat(All.SelectMany(k => k.Keys)).Distinct(StringComparer.Ordinal)];

    /// <summary>The kind named <paramref name="name"/>, or null.</summary>
    public static IQuestionKind? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>The kind of a question without <c>type</c>: the first whose keys it has (single when exactly one option is right, ...), or null.</summary>
    public static IQuestionKind? Implied(IReadOnlyDictionary<string, KindEntry> keys) => All.FirstOrDefault(k => k.Implied(keys));

    /// <summary>"a 'single' question", "an 'ordering' question": how messages name a question of <paramref name="kind"/>.</summary>
    public static string Describe(IQuestionKind kind) => $"{("aeiou".Contains(kind.Name[0], StringComparison.Ordinal) ? "an" : "a")} '{kind.Name}' question";

    /// <summary>Whether some kind has <paramref name="key"/> as its own.</summary>
    public static bool IsKindKey(string key) => All.Any(k => k.Keys.Contains(key));
}
