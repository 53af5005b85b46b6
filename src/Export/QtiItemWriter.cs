using System.Globalization;
using System.Xml.Linq;

namespace StatiqSite.Export;

/// <summary>
/// One question as a QTI 2.1 <c>assessmentItem</c>: single and multiple choice and true/false as
/// <c>choiceInteraction</c> (multiple scored by the same weights as Moodle's), reflection as
/// <c>extendedTextInteraction</c> with the model answer in a <c>rubricBlock</c> for the scorer, gaps as one
/// <c>textEntryInteraction</c> per gap, matching as <c>matchInteraction</c>, ordering as <c>orderInteraction</c>.
/// Per-option feedback and the explanation are <c>modalFeedback</c>, shown by the identifiers the response
/// processing puts in <c>FEEDBACK</c>.
/// </summary>
public static class QtiItemWriter
{
    private const string Response = "RESPONSE", Score = "SCORE", Feedback = "FEEDBACK", Explanation = "UITLEG";
    private static readonly XNamespace Q = QtiHtml.Qti;
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>The item's identifier: the question's name, made a valid XML name when it starts with a digit.</summary>
    public static string IdentifierOf(ExportQuestion question) => char.IsAsciiLetter(question.Name[0]) ? question.Name : "q" + question.Name;

    /// <summary>The item of <paramref name="question"/>, or null when QTI has no interaction for its kind.</summary>
    public static XElement? Write(ExportQuestion question)
    {
        // The one place a new kind is mapped for QTI.
        (XElement[] Declarations, XElement Body, XElement? Processing, XElement[] Feedback)? parts = question switch
        {
            ExportChoice choice => QtiInteractions.Choice(choice),
            ExportTrueFalse truefalse => QtiInteractions.TrueFalse(truefalse),
            ExportEssay essay => QtiInteractions.Essay(essay),
            ExportGaps gaps => QtiInteractions.Gaps(gaps),
            ExportMatching matching => QtiInteractions.Matching(matching),
            ExportOrdering ordering => QtiInteractions.Ordering(ordering),
            _ => null,
        };
        if (parts is not { } item)
        {
            return null;
        }

        var explanation = question.Explanation is null ? null
            : new XElement(Q + "modalFeedback", new XAttribute("outcomeIdentifier", Feedback), new XAttribute("showHide", "show"),
                new XAttribute("identifier", Explanation), QtiHtml.Nodes(question.Explanation));
        return new XElement(Q + "assessmentItem",
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            new XAttribute(Xsi + "schemaLocation", "http://www.imsglobal.org/xsd/imsqti_v2p1 http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd"),
            new XAttribute("identifier", IdentifierOf(question)),
            new XAttribute("title", question.Name),
            new XAttribute("adaptive", "false"),
            new XAttribute("timeDependent", "false"),
            new XAttribute(XNamespace.Xml + "lang", "nl"),
            item.Declarations,
            Outcome(Score, "single", "float", new XElement(Q + "defaultValue", Value("0"))),
            Outcome(Feedback, "multiple", "identifier", null),
            item.Body,
            item.Processing,
            item.Feedback,
            explanation);
    }

    /// <summary>An element in the QTI namespace.</summary>
    internal static XElement E(string name, params object?[] content) => new(Q + name, content);

    /// <summary>A <c>value</c> element.</summary>
    internal static XElement Value(string value) => E("value", value);

    /// <summary>A <c>responseDeclaration</c>.</summary>
    internal static XElement Declaration(string identifier, string cardinality, string baseType, params object?[] content) =>
        E("responseDeclaration", new XAttribute("identifier", identifier), new XAttribute("cardinality", cardinality), new XAttribute("baseType", baseType), content);

    /// <summary>The item body: the question text in a <c>div</c>, then the interaction.</summary>
    internal static XElement Body(ExportQuestion question, params object?[] interaction) =>
        E("itemBody", E("div", QtiHtml.Nodes(question.Html)), interaction);

    /// <summary>
    /// Response processing that sets <c>SCORE</c> by <paramref name="score"/> and puts the response's identifiers
    /// (when <paramref name="feedbackByResponse"/>) and the explanation's into <c>FEEDBACK</c>.
    /// </summary>
    internal static XElement Processing(XElement? score, bool feedbackByResponse)
    {
        var explanation = E("baseValue", new XAttribute("baseType", "identifier"), Explanation);
        return E("responseProcessing",
            score,
            E("setOutcomeValue", new XAttribute("identifier", Feedback),
                E("multiple", feedbackByResponse ? E("variable", new XAttribute("identifier", Response)) : null, explanation)));
    }

    /// <summary>SCORE 1 when the response matches the correct response, else its default 0.</summary>
    internal static XElement MatchCorrect(string response = Response) =>
        E("responseCondition", E("responseIf",
            E("match", E("variable", new XAttribute("identifier", response)), E("correct", new XAttribute("identifier", response))),
            E("setOutcomeValue", new XAttribute("identifier", Score), E("baseValue", new XAttribute("baseType", "float"), "1"))));

    /// <summary>SCORE set to an expression.</summary>
    internal static XElement SetScore(XElement expression) => E("setOutcomeValue", new XAttribute("identifier", Score), expression);

    /// <summary>The response identifier of the only or the <paramref name="n"/>th interaction.</summary>
    internal static string ResponseOf(int? n = null) => n is null ? Response : Response + "_" + n.Value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A feedback shown when the response included <paramref name="identifier"/>.</summary>
    internal static XElement FeedbackFor(string identifier, string html) =>
        E("modalFeedback", new XAttribute("outcomeIdentifier", Feedback), new XAttribute("showHide", "show"), new XAttribute("identifier", identifier), QtiHtml.Nodes(html));

    private static XElement Outcome(string identifier, string cardinality, string baseType, XElement? defaultValue) =>
        E("outcomeDeclaration", new XAttribute("identifier", identifier), new XAttribute("cardinality", cardinality), new XAttribute("baseType", baseType), defaultValue);
}
