using YamlDotNet.RepresentationModel;

namespace StatiqSite.Quizzes.Kinds;

/// <summary>
/// One kind of question (<c>single</c>, <c>ordering</c>, ...): its keys and reading rules, what its version is made
/// of, its texts, and the model of its partial (<c>theme/partials/quiz/&lt;name&gt;.liquid</c>). Its script behaviour
/// is registered under the same name in <c>quiz.js</c>. Listed once, in <see cref="QuestionKinds"/>.
/// </summary>
public interface IQuestionKind
{
    /// <summary>The name written after <c>type:</c>, in the widget's <c>data-type</c> and the partial's file name.</summary>
    string Name { get; }

    /// <summary>The keys of the kind's own (besides <c>question</c>, <c>id</c>, <c>type</c>, <c>explanation</c>).</summary>
    IReadOnlyList<string> Keys { get; }

    /// <summary>Whether the question counts towards the score.</summary>
    bool Scored { get; }

    /// <summary>The theme assets a page with such a question needs besides the quiz's own (a stylesheet of its own).</summary>
    IReadOnlyList<string> Assets { get; }

    /// <summary>Whether a question without <c>type</c> is of this kind, judged by its keys (checked in registry order).</summary>
    bool Implied(IReadOnlyDictionary<string, KindEntry> keys);

    /// <summary>
    /// Reads the kind's keys and checks its rules, reporting each problem at its place; null when the question
    /// cannot be rendered. <paramref name="keys"/> holds only keys of this kind.
    /// </summary>
    Question? Read(QuestionHead head, IReadOnlyDictionary<string, KindEntry> keys, QuizYaml reading);

    /// <summary>What the reader answers to besides kind and text (<see cref="QuestionVersion"/>): an edit to it resets the question.</summary>
    IEnumerable<string> VersionParts(Question question);

    /// <summary>The kind's Markdown texts (options, items, ...), for the content policy and link rewriting.</summary>
    IEnumerable<QuizText?> Texts(Question question);

    /// <summary>What the widget shows of the question: its partial's model, the check button, the answer key.</summary>
    QuestionView View(Question question, QuestionContext context);
}

/// <summary>A key of a question as written: its key node (for positions) and its value.</summary>
public sealed record KindEntry(YamlNode Key, YamlNode Value);

/// <summary>What every question has, read before its kind's keys.</summary>
/// <param name="Text">The question, or null when it is missing or broken (reported).</param>
/// <param name="Id">Its id, or null.</param>
/// <param name="Explanation">Its explanation, or null.</param>
/// <param name="At">Where to report a missing key: the question's mapping.</param>
public sealed record QuestionHead(QuizText? Text, string? Id, QuizText? Explanation, YamlNode At)
{
    /// <summary><paramref name="question"/> with the id and explanation of this head.</summary>
    public T Complete<T>(T question) where T : Question => question with { Id = Id, Explanation = Explanation };
}

/// <summary>Where a question is rendered.</summary>
/// <param name="Anchor">Its element id; the prefix of its controls' ids and their <c>name</c>.</param>
/// <param name="Seed">Quiz id and question key: what a shuffled order is derived from, the same in every build.</param>
/// <param name="Strings">The widget's text.</param>
public sealed record QuestionContext(string Anchor, string Seed, QuizStrings Strings);
