using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Quizzes.Kinds;

/// <summary>A gaps question as the build writes it: labelled text fields inside the sentence, the answers in the fallback.</summary>
public sealed class GapsKindTests
{
    private const string Yaml = """
        id: zinnen
        question: Vul de zin aan.
        type: gaps
        text: Een [competentie] is zichtbaar in je [gedrag | handelen], zie [de uitleg](andere.md).
        """;

    [Fact]
    public async Task Each_gap_is_a_labelled_text_field_in_the_sentence_with_its_accepted_answers()
    {
        using var site = new TestSite().Page("andere.md", "Andere");
        var quiz = await KindSite.BuildAsync(site, Yaml);

        var sentence = quiz.QuerySelector("fieldset[data-type=gaps] .quiz-gaps p")!;
        var fields = sentence.QuerySelectorAll("input[type=text]");
        Assert.Equal(["competentie", "gedrag|handelen"], fields.Select(f => f.GetAttribute("data-answers")));
        Assert.Equal(["Gat 1", "Gat 2"], fields.Select(f => quiz.QuerySelector($"label[for='{f.Id}']")!.TextContent));
        Assert.StartsWith("Een Gat 1 is zichtbaar in je Gat 2, zie de uitleg.", sentence.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_markdown_link_is_not_a_gap_and_is_rewritten_like_any_link()
    {
        using var site = new TestSite().Page("andere.md", "Andere");
        var quiz = await KindSite.BuildAsync(site, Yaml);

        Assert.Equal("andere/index.html", quiz.QuerySelector(".quiz-gaps a")!.GetAttribute("href"));
        Assert.Equal(2, quiz.QuerySelectorAll(".quiz-gaps input").Length);
    }

    [Fact]
    public async Task Without_javascript_the_accepted_answers_are_revealed_per_gap()
    {
        using var site = new TestSite().Page("andere.md", "Andere");
        var quiz = await KindSite.BuildAsync(site, Yaml);

        Assert.Equal(["competentie", "gedrag of handelen"], quiz.QuerySelectorAll("details ol.quiz-key > li").Select(li => li.TextContent));
    }
}
