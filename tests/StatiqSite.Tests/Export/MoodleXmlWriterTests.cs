using System.Globalization;
using System.Xml.Linq;
using StatiqSite.Export;

namespace StatiqSite.Tests.Export;

/// <summary>A quiz written as Moodle XML reads back with System.Xml as Moodle's question types.</summary>
public sealed class MoodleXmlWriterTests
{
    private static (XDocument Xml, ExportFile File) WriteAndRead(string text = "tekst")
    {
        var file = MoodleXmlWriter.Write(ExportSamples.EveryKind(text));
        using var stream = new MemoryStream(file.Bytes);
        return (XDocument.Load(stream), file);
    }

    private static XElement Question(XDocument xml, string name) =>
        Assert.Single(xml.Root!.Elements("question"), q => (string?)q.Element("name")?.Element("text") == name);

    private static string Text(XElement? element) => (string?)element?.Element("text") ?? "";

    [Fact]
    public void The_file_is_a_quiz_with_a_category_and_a_question_of_each_mapped_kind()
    {
        var (xml, _) = WriteAndRead();

        Assert.Equal("quiz", xml.Root!.Name.LocalName);
        var questions = xml.Root.Elements("question").ToList();
        Assert.Equal("$course$/top/oefenen", Text(questions[0].Element("category")));
        Assert.Equal(["category", "multichoice", "multichoice", "truefalse", "essay", "shortanswer", "cloze", "matching"], questions.Select(q => (string?)q.Attribute("type")));
        Assert.All(questions.Skip(1), q => Assert.Equal("html", (string?)q.Element("questiontext")?.Attribute("format")));
    }

    [Fact]
    public void Single_choice_has_one_answer_worth_100_with_feedback_and_the_explanation_as_general_feedback()
    {
        var question = Question(WriteAndRead().Xml, "oefenen-1");

        Assert.Equal("true", (string?)question.Element("single"));
        Assert.Equal(["100", "0"], question.Elements("answer").Select(a => (string?)a.Attribute("fraction")));
        Assert.Equal("<p>Nee tekst</p>", Text(question.Elements("answer").Last().Element("feedback")));
        Assert.Equal("<p>Uitleg tekst</p>", Text(question.Element("generalfeedback")));
    }

    [Fact]
    public void Multiple_choice_fractions_of_the_right_answers_add_up_to_100()
    {
        var question = Question(WriteAndRead().Xml, "oefenen-2");
        var fractions = question.Elements("answer").Select(a => double.Parse((string)a.Attribute("fraction")!, CultureInfo.InvariantCulture)).ToList();

        Assert.Equal("false", (string?)question.Element("single"));
        Assert.Equal(100, fractions.Where(f => f > 0).Sum(), 3);
        Assert.Equal(-100, fractions.Where(f => f < 0).Sum(), 3);
    }

    [Fact]
    public void True_false_essay_short_answer_and_matching_have_their_moodle_elements()
    {
        var xml = WriteAndRead().Xml;

        Assert.Equal([("true", "0"), ("false", "100")], Question(xml, "oefenen-3").Elements("answer").Select(a => (Text(a), (string)a.Attribute("fraction")!)));
        var essay = Question(xml, "oefenen-4");
        Assert.Equal("<p>Model tekst</p>", Text(essay.Element("graderinfo")));
        Assert.Equal("html", (string?)essay.Element("graderinfo")?.Attribute("format"));
        var gaps = Question(xml, "oefenen-5");
        Assert.Equal("<p>Vul aan tekst</p><p>Een _____ tekst</p>", Text(gaps.Element("questiontext")));
        Assert.Equal(["competentie", "Competentie {x}"], gaps.Elements("answer").Select(Text));
        Assert.Equal("0", (string?)gaps.Element("usecase"));
        var matching = Question(xml, "oefenen-7");
        Assert.Equal([("Links tekst", "Rechts = 1"), ("Tweede", "Rechts 2")],
            matching.Elements("subquestion").Select(s => (Text(s), Text(s.Element("answer")))));
    }

    [Fact]
    public void A_text_with_more_gaps_is_a_cloze_question_with_a_short_answer_field_per_gap()
    {
        var cloze = Question(WriteAndRead().Xml, "oefenen-6");

        Assert.Equal("<p>Twee gaten</p><p>{1:SHORTANSWER:=a} en {1:SHORTANSWER:=b~=c}</p>", Text(cloze.Element("questiontext")));
        Assert.Empty(cloze.Elements("answer"));
    }

    [Theory]
    [InlineData("a}b", "{1:SHORTANSWER:=a\\}b}")]
    [InlineData("#~/\"\\", "{1:SHORTANSWER:=\\#\\~\\/\\\"\\\\}")]
    public void Cloze_answers_escape_their_special_characters(string answer, string field)
    {
        var quiz = new ExportQuiz("q", "", "q.md", [new ExportGaps("q-1", "gaps", "", null, 1, 1, ["", " ", ""], [[answer], ["x"]])]);
        using var stream = new MemoryStream(MoodleXmlWriter.Write(quiz).Bytes);

        Assert.StartsWith(field, Text(XDocument.Load(stream).Root!.Elements("question").Last().Element("questiontext")), StringComparison.Ordinal);
    }

    [Fact]
    public void Ordering_is_left_out_and_named()
    {
        var (xml, file) = WriteAndRead();

        Assert.Equal(["oefenen-8"], file.LeftOut.Select(q => q.Name));
        Assert.DoesNotContain(xml.Root!.Elements("question"), q => Text(q.Element("name")) == "oefenen-8");
    }

    [Fact]
    public void Every_special_character_survives_as_xml_text()
    {
        var xml = WriteAndRead(ExportSamples.Special).Xml;

        var single = Question(xml, "oefenen-1");
        Assert.Equal($"<p>Enkel {ExportSamples.Special}</p>", Text(single.Element("questiontext")));
        Assert.Equal($"Fout {ExportSamples.Special}", Text(single.Elements("answer").Last()));
        Assert.Equal($"Links {ExportSamples.Special}", Text(Question(xml, "oefenen-7").Element("subquestion")));
    }

    [Fact]
    public void The_same_quiz_gives_the_same_bytes() =>
        Assert.Equal(MoodleXmlWriter.Write(ExportSamples.EveryKind()).Bytes, MoodleXmlWriter.Write(ExportSamples.EveryKind()).Bytes);
}
