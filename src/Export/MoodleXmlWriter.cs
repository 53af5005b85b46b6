using System.Collections.Immutable;
using System.Xml;

namespace StatiqSite.Export;

/// <summary>
/// Writes a quiz as Moodle XML (<c>/export/&lt;quiz-id&gt;.moodle.xml</c>): a category named after the quiz, then a
/// <c>&lt;question&gt;</c> per question, texts as HTML (<c>format="html"</c>, escaped by the XML writer). Moodle XML has
/// multichoice (single, or multiple with weights), truefalse, essay (the model answer as grader information),
/// shortanswer (one gap), cloze (more gaps, each a <c>{n:SHORTANSWER:=...}</c> field) and matching; core Moodle has
/// no ordering question, so ordering is left out.
/// </summary>
public static class MoodleXmlWriter
{
    /// <summary>The file of <paramref name="quiz"/>.</summary>
    public static ExportFile Write(ExportQuiz quiz)
    {
        var leftOut = ImmutableArray.CreateBuilder<ExportQuestion>();
        var bytes = ExportXml.Write(xml =>
        {
            xml.WriteStartElement("quiz");
            xml.WriteStartElement("question");
            xml.WriteAttributeString("type", "category");
            xml.WriteStartElement("category");
            xml.WriteElementString("text", "$course$/top/" + quiz.Id);
            xml.WriteEndElement();
            xml.WriteEndElement();
            foreach (var question in quiz.Questions)
            {
                if (TypeOf(question) is { } type)
                {
                    Question(xml, question, type);
                }
                else
                {
                    leftOut.Add(question);
                }
            }

            xml.WriteEndElement();
        });
        return new ExportFile(bytes, leftOut.ToImmutable());
    }

    // Moodle's question type of each kind; null when Moodle XML has none. With Answers below, the one place a new kind is mapped for Moodle XML.
    private static string? TypeOf(ExportQuestion question) => question switch
    {
        ExportChoice => "multichoice",
        ExportTrueFalse => "truefalse",
        ExportEssay => "essay",
        ExportGaps { Gaps.Length: 1 } => "shortanswer",
        ExportGaps => "cloze",
        ExportMatching => "matching",
        _ => null,
    };

    private static void Question(XmlWriter xml, ExportQuestion question, string type)
    {
        xml.WriteStartElement("question");
        xml.WriteAttributeString("type", type);
        xml.WriteStartElement("name");
        xml.WriteElementString("text", question.Name);
        xml.WriteEndElement();
        Html(xml, "questiontext", question switch
        {
            ExportGaps { Gaps.Length: 1 } gap => question.Html + string.Join("_____", gap.Parts),
            ExportGaps gaps => question.Html + string.Concat(gaps.Parts.Select((part, i) => i == 0 ? part : Cloze(gaps.Gaps[i - 1]) + part)),
            _ => question.Html,
        });
        Html(xml, "generalfeedback", question.Explanation ?? "");
        xml.WriteElementString("defaultgrade", "1");
        xml.WriteElementString("penalty", "0");
        xml.WriteElementString("hidden", "0");
        xml.WriteElementString("idnumber", question.Name);
        Answers(xml, question);
        xml.WriteEndElement();
    }

    private static void Answers(XmlWriter xml, ExportQuestion question)
    {
        switch (question)
        {
            case ExportChoice choice:
                xml.WriteElementString("single", choice.Multiple ? "false" : "true");
                xml.WriteElementString("shuffleanswers", choice.Shuffle ? "true" : "false");
                xml.WriteElementString("answernumbering", "abc");
                foreach (var option in choice.Options)
                {
                    var fraction = choice.Multiple ? Weights.Of(choice, option) : option.Correct ? 100 : 0;
                    Answer(xml, Weights.Format(fraction), option.Html, option.Feedback);
                }

                break;
            case ExportTrueFalse truefalse:
                Answer(xml, truefalse.Answer ? "100" : "0", "true", null, html: false);
                Answer(xml, truefalse.Answer ? "0" : "100", "false", null, html: false);
                break;
            case ExportEssay essay:
                xml.WriteElementString("responseformat", "editor");
                xml.WriteElementString("responserequired", "1");
                xml.WriteElementString("responsefieldlines", "10");
                xml.WriteElementString("attachments", "0");
                xml.WriteElementString("attachmentsrequired", "0");
                Html(xml, "graderinfo", essay.ModelAnswer);
                Html(xml, "responsetemplate", "");
                break;
            case ExportGaps { Gaps.Length: > 1 }:
                break; // a cloze question's answers are in its text
            case ExportGaps gaps:
                xml.WriteElementString("usecase", "0");
                foreach (var answer in gaps.Gaps[0])
                {
                    Answer(xml, "100", answer, null, html: false);
                }

                break;
            case ExportMatching matching:
                xml.WriteElementString("shuffleanswers", "true");
                foreach (var pair in matching.Pairs)
                {
                    xml.WriteStartElement("subquestion");
                    xml.WriteAttributeString("format", "html");
                    xml.WriteElementString("text", pair.Left);
                    xml.WriteStartElement("answer");
                    xml.WriteElementString("text", pair.Right);
                    xml.WriteEndElement();
                    xml.WriteEndElement();
                }

                break;
        }
    }

    // A cloze field: "{1:SHORTANSWER:=answer~=other}", case-insensitive; } # ~ / " and \ in an answer escaped with a backslash.
    private static string Cloze(IEnumerable<string> answers) =>
        "{1:SHORTANSWER:" + string.Join('~', answers.Select(a => "=" + string.Concat(a.Select(c => "}#~/\"\\".Contains(c, StringComparison.Ordinal) ? "\\" + c : c.ToString())))) + "}";

    private static void Answer(XmlWriter xml, string fraction, string text, string? feedback, bool html = true)
    {
        xml.WriteStartElement("answer");
        xml.WriteAttributeString("fraction", fraction);
        xml.WriteAttributeString("format", html ? "html" : "moodle_auto_format");
        xml.WriteElementString("text", text);
        Html(xml, "feedback", feedback ?? "");
        xml.WriteEndElement();
    }

    private static void Html(XmlWriter xml, string element, string html)
    {
        xml.WriteStartElement(element);
        xml.WriteAttributeString("format", "html");
        xml.WriteElementString("text", html);
        xml.WriteEndElement();
    }
}
