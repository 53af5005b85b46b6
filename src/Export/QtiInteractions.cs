using System.Globalization;
using System.Xml.Linq;
using static StatiqSite.Export.QtiItemWriter;

namespace StatiqSite.Export;

/// <summary>
/// The QTI 2.1 parts of each kind of question: its response declarations, its item body with the interaction,
/// its response processing and its per-answer feedback. Identifiers of choices are <c>A</c>, <c>B</c>, ... (at most ten).
/// </summary>
public static class QtiInteractions
{
    /// <summary>The labels of a true/false question's choices, as the site shows them.</summary>
    public const string True = "Waar", False = "Niet waar";

    /// <summary>Single or multiple choice.</summary>
    public static (XElement[], XElement, XElement?, XElement[]) Choice(ExportChoice question)
    {
        var ids = question.Options.Select((_, i) => Letter(i)).ToList();
        var correct = E("correctResponse", question.Options.Select((o, i) => o.Correct ? Value(ids[i]) : null));
        var declaration = question.Multiple
            ? Declaration(ResponseOf(), "multiple", "identifier", correct, Mapping(question.Options.Select((o, i) => (ids[i], Weights.Of(question, o) / 100)), caseSensitive: null))
            : Declaration(ResponseOf(), "single", "identifier", correct);
        var body = Body(question, E("choiceInteraction", new XAttribute("responseIdentifier", ResponseOf()), new XAttribute("shuffle", question.Shuffle ? "true" : "false"),
            new XAttribute("maxChoices", question.Multiple ? "0" : "1"),
            question.Options.Select((o, i) => E("simpleChoice", new XAttribute("identifier", ids[i]), QtiHtml.Nodes(o.Html)))));
        var score = question.Multiple ? SetScore(E("mapResponse", new XAttribute("identifier", ResponseOf()))) : MatchCorrect();
        var feedback = question.Options.Select((o, i) => o.Feedback is null ? null : FeedbackFor(ids[i], o.Feedback)).OfType<XElement>().ToArray();
        return ([declaration], body, Processing(score, feedback.Length > 0), feedback);
    }

    /// <summary>True/false as a choice of "Waar" and "Niet waar".</summary>
    public static (XElement[], XElement, XElement?, XElement[]) TrueFalse(ExportTrueFalse question)
    {
        var declaration = Declaration(ResponseOf(), "single", "identifier", E("correctResponse", Value(question.Answer ? "WAAR" : "NIET_WAAR")));
        var body = Body(question, E("choiceInteraction", new XAttribute("responseIdentifier", ResponseOf()), new XAttribute("shuffle", "false"),
            new XAttribute("maxChoices", "1"),
            E("simpleChoice", new XAttribute("identifier", "WAAR"), True), E("simpleChoice", new XAttribute("identifier", "NIET_WAAR"), False)));
        return ([declaration], body, Processing(MatchCorrect(), feedbackByResponse: false), []);
    }

    /// <summary>An open answer, scored by a person; the model answer is shown to the scorer only.</summary>
    public static (XElement[], XElement, XElement?, XElement[]) Essay(ExportEssay question)
    {
        var body = Body(question, E("extendedTextInteraction", new XAttribute("responseIdentifier", ResponseOf()), new XAttribute("expectedLines", "10")),
            E("rubricBlock", new XAttribute("view", "scorer"), E("div", QtiHtml.Nodes(question.ModelAnswer))));
        return ([Declaration(ResponseOf(), "single", "string")], body, question.Explanation is null ? null : Processing(null, feedbackByResponse: false), []);
    }

    /// <summary>A text entry per gap, each gap worth an equal part; answers compared without regard to case.</summary>
    public static (XElement[], XElement, XElement?, XElement[]) Gaps(ExportGaps question)
    {
        var n = question.Gaps.Length;
        var text = string.Concat(question.Parts.Select((part, i) => i == 0 ? part
            : $"<textEntryInteraction responseIdentifier=\"{ResponseOf(i)}\" expectedLength=\"{question.Gaps[i - 1].Max(a => a.Length) + 2}\"/>{part}"));
        var declarations = question.Gaps.Select((answers, i) => Declaration(ResponseOf(i + 1), "single", "string",
            E("correctResponse", Value(answers[0])), Mapping(answers.Distinct(StringComparer.OrdinalIgnoreCase).Select(a => (a, 1.0)), caseSensitive: false))).ToArray();
        var body = Body(question, E("div", QtiHtml.Nodes(text)));
        var sum = E("sum", Enumerable.Range(1, n).Select(i => E("mapResponse", new XAttribute("identifier", ResponseOf(i)))));
        var score = SetScore(E("divide", sum, E("baseValue", new XAttribute("baseType", "float"), n.ToString(CultureInfo.InvariantCulture))));
        return (declarations, body, Processing(score, feedbackByResponse: false), []);
    }

    /// <summary>Pairs matched in a <c>matchInteraction</c>: each right pair worth an equal part.</summary>
    public static (XElement[], XElement, XElement?, XElement[]) Matching(ExportMatching question)
    {
        var n = question.Pairs.Length;
        var pairs = Enumerable.Range(1, n).Select(i => $"L{i} R{i}").ToList();
        var declaration = Declaration(ResponseOf(), "multiple", "directedPair", E("correctResponse", pairs.Select(Value)),
            Mapping(pairs.Select(p => (p, 1.0 / n)), caseSensitive: null));
        XElement Set(string prefix, Func<ExportPair, IEnumerable<XNode>> content) => E("simpleMatchSet", question.Pairs.Select((p, i) =>
            E("simpleAssociableChoice", new XAttribute("identifier", prefix + (i + 1).ToString(CultureInfo.InvariantCulture)), new XAttribute("matchMax", "1"), content(p))));
        var body = Body(question, E("matchInteraction", new XAttribute("responseIdentifier", ResponseOf()), new XAttribute("shuffle", "true"),
            new XAttribute("maxAssociations", n.ToString(CultureInfo.InvariantCulture)), Set("L", p => QtiHtml.Nodes(p.Left)), Set("R", p => [new XText(p.Right)])));
        return ([declaration], body, Processing(SetScore(E("mapResponse", new XAttribute("identifier", ResponseOf()))), feedbackByResponse: false), []);
    }

    /// <summary>Items put in order in an <c>orderInteraction</c>, shuffled by the platform; right only in the written order.</summary>
    public static (XElement[], XElement, XElement?, XElement[]) Ordering(ExportOrdering question)
    {
        var ids = question.Items.Select((_, i) => Letter(i)).ToList();
        var declaration = Declaration(ResponseOf(), "ordered", "identifier", E("correctResponse", ids.Select(Value)));
        var body = Body(question, E("orderInteraction", new XAttribute("responseIdentifier", ResponseOf()), new XAttribute("shuffle", "true"),
            question.Items.Select((item, i) => E("simpleChoice", new XAttribute("identifier", ids[i]), QtiHtml.Nodes(item)))));
        return ([declaration], body, Processing(MatchCorrect(), feedbackByResponse: false), []);
    }

    private static XElement Mapping(IEnumerable<(string Key, double Value)> entries, bool? caseSensitive) =>
        E("mapping", new XAttribute("lowerBound", "0"), new XAttribute("upperBound", "1"), new XAttribute("defaultValue", "0"),
            entries.Select(e => E("mapEntry", new XAttribute("mapKey", e.Key), new XAttribute("mappedValue", Weights.Format(e.Value)),
                caseSensitive is null ? null : new XAttribute("caseSensitive", caseSensitive.Value ? "true" : "false"))));

    private static string Letter(int index) => ((char)('A' + index)).ToString();
}
