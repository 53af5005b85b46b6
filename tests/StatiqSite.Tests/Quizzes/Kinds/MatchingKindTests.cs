using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Quizzes.Kinds;

/// <summary>A matching question as the build writes it: a native list per term, the right-hand sides shuffled.</summary>
public sealed class MatchingKindTests
{
    private const string Yaml = """
        id: begrippen
        question: Koppel elk begrip aan de omschrijving.
        type: matching
        pairs:
          - left: Empathie
            right: Je inleven in wat een ander *voelt*.
          - left: Distantie
            right: Een gezonde afstand.
          - left: Grens
            right: Wat je wel en niet doet.
        """;

    private static readonly string[] Rights = ["Je inleven in wat een ander voelt.", "Een gezonde afstand.", "Wat je wel en niet doet."];

    [Fact]
    public async Task Each_term_is_the_label_of_a_native_list_of_every_description_in_a_shuffled_order()
    {
        using var site = new TestSite();
        var quiz = await KindSite.BuildAsync(site, Yaml);

        var lists = quiz.QuerySelectorAll("fieldset[data-type=matching] select").ToList();
        Assert.Equal(["Empathie", "Distantie", "Grens"], lists.Select(l => quiz.QuerySelector($"label[for='{l.Id}']")!.TextContent));
        foreach (var list in lists)
        {
            var options = list.QuerySelectorAll("option").Skip(1).ToList();
            Assert.Equal("", list.QuerySelector("option")!.GetAttribute("value"));
            Assert.NotEqual(Rights, options.Select(o => o.TextContent));
            Assert.Equal(Rights, options.OrderBy(o => o.GetAttribute("value")).Select(o => o.TextContent));
        }

        Assert.Equal(["1", "2", "3"], lists.Select(l => l.GetAttribute("data-answer")));
    }

    [Fact]
    public async Task Without_javascript_each_pair_is_revealed()
    {
        using var site = new TestSite();
        var quiz = await KindSite.BuildAsync(site, Yaml);

        Assert.Equal(["Empathie → Je inleven in wat een ander voelt.", "Distantie → Een gezonde afstand.", "Grens → Wat je wel en niet doet."],
            quiz.QuerySelectorAll("details .quiz-key > li").Select(li => li.TextContent));
        Assert.Equal("voelt", quiz.QuerySelector("details .quiz-key em")!.TextContent);
    }
}
