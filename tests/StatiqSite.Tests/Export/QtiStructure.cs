using System.Xml.Linq;

namespace StatiqSite.Tests.Export;

/// <summary>
/// The rules of QTI 2.1 an exported item is checked against in the tests, read with System.Xml.Linq. The IMS schema
/// file (imsqti_v2p1.xsd) could not be had here (no package of the reachable registries ships it), so these are the
/// schema's rules for the elements the export writes: the order of an item's parts, its required attributes, every
/// element in the QTI namespace and known, and identifiers that resolve (interactions to declarations, correct
/// responses and feedback to choices).
/// </summary>
public static class QtiStructure
{
    /// <summary>The QTI 2.1 namespace.</summary>
    public static readonly XNamespace Qti = "http://www.imsglobal.org/xsd/imsqti_v2p1";

    private static readonly string[] Order = ["responseDeclaration", "outcomeDeclaration", "itemBody", "responseProcessing", "modalFeedback"];

    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "assessmentItem", "responseDeclaration", "outcomeDeclaration", "correctResponse", "value", "defaultValue", "mapping", "mapEntry",
        "itemBody", "responseProcessing", "responseCondition", "responseIf", "match", "variable", "correct", "setOutcomeValue",
        "baseValue", "multiple", "mapResponse", "sum", "divide", "modalFeedback", "choiceInteraction", "simpleChoice",
        "extendedTextInteraction", "rubricBlock", "textEntryInteraction", "matchInteraction", "simpleMatchSet",
        "simpleAssociableChoice", "orderInteraction",
        "a", "abbr", "b", "blockquote", "br", "code", "div", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "li", "ol", "p",
        "pre", "span", "strong", "sub", "sup", "table", "tbody", "td", "th", "thead", "tr", "ul",
    };

    private static readonly string[] Interactions = ["choiceInteraction", "extendedTextInteraction", "textEntryInteraction", "matchInteraction", "orderInteraction"];

    /// <summary>What is wrong with <paramref name="item"/>; empty when nothing is.</summary>
    public static IReadOnlyList<string> Problems(XDocument item)
    {
        var problems = new List<string>();
        var root = item.Root!;
        if (root.Name != Qti + "assessmentItem")
        {
            return [$"the root is {root.Name}, not assessmentItem in the QTI 2.1 namespace"];
        }

        problems.AddRange(new[] { "identifier", "title", "adaptive", "timeDependent" }.Where(a => root.Attribute(a) is null).Select(a => $"assessmentItem lacks {a}"));
        var ranks = root.Elements().Select(e => Array.IndexOf(Order, e.Name.LocalName)).ToList();
        if (ranks.Contains(-1) || !ranks.SequenceEqual(ranks.Order()))
        {
            problems.Add("the item's parts are not in the order " + string.Join(", ", Order) + ": " + string.Join(", ", root.Elements().Select(e => e.Name.LocalName)));
        }

        problems.AddRange(root.Descendants().Where(e => e.Name.Namespace != Qti || !Known.Contains(e.Name.LocalName)).Select(e => $"unknown element {e.Name}"));
        var declared = root.Elements(Qti + "responseDeclaration").Select(d => (string)d.Attribute("identifier")!).ToList();
        var used = root.Descendants().Where(e => Interactions.Contains(e.Name.LocalName)).Select(e => (string?)e.Attribute("responseIdentifier") ?? "").ToList();
        if (!declared.Order().SequenceEqual(used.Order()))
        {
            problems.Add($"interactions use [{string.Join(", ", used)}] but the item declares [{string.Join(", ", declared)}]");
        }

        var choices = root.Descendants().Where(e => e.Name.LocalName is "simpleChoice" or "simpleAssociableChoice").Select(e => (string)e.Attribute("identifier")!).ToList();
        if (choices.Count != choices.Distinct().Count())
        {
            problems.Add("two choices share an identifier");
        }

        var values = root.Descendants(Qti + "correctResponse").Where(c => (string?)c.Parent!.Attribute("baseType") is "identifier" or "directedPair")
            .Elements(Qti + "value").SelectMany(v => v.Value.Split(' '));
        problems.AddRange(values.Where(v => !choices.Contains(v)).Select(v => $"the correct response names an unknown choice {v}"));
        problems.AddRange(root.Elements(Qti + "modalFeedback").Select(f => (string)f.Attribute("identifier")!)
            .Where(id => id != "UITLEG" && !choices.Contains(id)).Select(id => $"feedback for an unknown choice {id}"));
        problems.AddRange(root.Descendants(Qti + "p").Where(p => p.Descendants().Any(d => d.Name.LocalName is "p" or "div" or "ul" or "ol"))
            .Select(_ => "a block inside a paragraph"));
        return problems;
    }
}
