using System.Text;
using StatiqSite.Export;

namespace StatiqSite.Tests.Export;

/// <summary>A quiz written as GIFT reads back, with the small reader of the grammar, as the same questions.</summary>
public sealed class GiftWriterTests
{
    private static (string? Category, IReadOnlyList<GiftQuestion> Questions, ExportFile File) WriteAndRead(string text = "tekst")
    {
        var file = GiftWriter.Write(ExportSamples.EveryKind(text));
        var (category, questions) = GiftReader.Read(Encoding.UTF8.GetString(file.Bytes));
        return (category, questions, file);
    }

    private static GiftQuestion Named(IReadOnlyList<GiftQuestion> questions, string name) => Assert.Single(questions, q => q.Name == name);

    [Fact]
    public void Each_question_is_named_after_its_quiz_and_key_in_a_category_of_the_quiz()
    {
        var (category, questions, _) = WriteAndRead();

        Assert.Equal("$course$/top/oefenen", category);
        Assert.Equal(["oefenen-1", "oefenen-2", "oefenen-3", "oefenen-4", "oefenen-5", "oefenen-7"], questions.Select(q => q.Name));
        Assert.All(questions, q => Assert.Equal("html", q.Format));
    }

    [Fact]
    public void Single_choice_has_one_right_option_with_feedback_and_the_explanation_as_general_feedback()
    {
        var question = Named(WriteAndRead().Questions, "oefenen-1");

        Assert.Equal("<p>Enkel tekst</p>", question.Text);
        Assert.Equal([(true, "Goed tekst", (string?)null), (false, "Fout tekst", "<p>Nee tekst</p>")], question.Answers.Select(a => (a.Right, a.Text, a.Feedback)));
        Assert.Equal("<p>Uitleg tekst</p>", question.General);
    }

    [Fact]
    public void Multiple_choice_weighs_the_right_options_to_100_percent_and_the_wrong_ones_to_minus_100()
    {
        var question = Named(WriteAndRead().Questions, "oefenen-2");

        Assert.All(question.Answers, a => Assert.False(a.Right));
        Assert.Equal(100, question.Answers.Where(a => a.Weight > 0).Sum(a => a.Weight!.Value), 3);
        Assert.Equal([33.33333, 33.33333, 33.33333, -100], question.Answers.Select(a => a.Weight!.Value));
        Assert.Equal("<p>ja</p>", question.Answers[1].Feedback);
    }

    [Fact]
    public void True_false_reflection_gaps_and_matching_have_their_gift_form()
    {
        var questions = WriteAndRead().Questions;

        var truefalse = Named(questions, "oefenen-3");
        Assert.False(truefalse.TrueFalse);
        Assert.Equal("<p>Omdat tekst</p>", truefalse.General);
        var essay = Named(questions, "oefenen-4");
        Assert.True(essay.IsEssay);
        Assert.Equal("<p>Model tekst</p>", essay.General);
        var gaps = Named(questions, "oefenen-5");
        Assert.Equal("<p>Vul aan tekst</p><p>Een ", gaps.Text);
        Assert.Equal(" tekst</p>", gaps.After);
        Assert.Equal(["competentie", "Competentie {x}"], gaps.Answers.Select(a => a.Text));
        Assert.All(gaps.Answers, a => Assert.True(a.Right));
        var matching = Named(questions, "oefenen-7");
        Assert.Equal([("Links tekst", "Rechts = 1"), ("Tweede", "Rechts 2")], matching.Answers.Select(a => (a.Text, a.MatchRight!)));
    }

    [Fact]
    public void Ordering_and_a_text_with_two_gaps_are_left_out_and_named()
    {
        var (_, questions, file) = WriteAndRead();

        Assert.Equal(["oefenen-6", "oefenen-8"], file.LeftOut.Select(q => q.Name));
        Assert.DoesNotContain(questions, q => q.Name is "oefenen-6" or "oefenen-8");
    }

    [Fact]
    public void Every_special_character_of_gift_survives_in_every_text()
    {
        var (_, questions, file) = WriteAndRead(ExportSamples.Special);

        Assert.Equal(6, questions.Count);
        Assert.Equal($"<p>Enkel {ExportSamples.Special}</p>", Named(questions, "oefenen-1").Text);
        Assert.Equal($"Fout {ExportSamples.Special}", Named(questions, "oefenen-1").Answers[1].Text);
        Assert.Equal($"<p>Nee {ExportSamples.Special}</p>", Named(questions, "oefenen-1").Answers[1].Feedback);
        Assert.Equal($"<p>Model {ExportSamples.Special}</p>", Named(questions, "oefenen-4").General);
        Assert.Equal($"Links {ExportSamples.Special}", Named(questions, "oefenen-7").Answers[0].Text);
        Assert.Contains("// Oefenen", Encoding.UTF8.GetString(file.Bytes), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("~=#{}:", "\\~\\=\\#\\{\\}\\:")]
    [InlineData("a\\b", "a\\\\b")]
    [InlineData("<p>a</p>\n<p>b</p>", "<p>a</p>\\n<p>b</p>")]
    [InlineData("r\r\nn", "r\\nn")]
    public void Escape_writes_a_backslash_before_each_special_character_and_line_breaks_as_backslash_n(string text, string escaped) =>
        Assert.Equal(escaped, GiftText.Escape(text));
}
