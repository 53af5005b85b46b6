using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Quizzes.Kinds;

/// <summary>An ordering question as the build writes it: a shuffled list with move buttons, the right order in the fallback.</summary>
public sealed class OrderingKindTests
{
    private static readonly string[] Steps = ["Signalen in kaart brengen", "Overleggen met een collega", "Gesprek met de betrokkene", "Wegen van het geweld", "Beslissen over hulp en melden"];

    private static readonly string Yaml = "id: meldcode\nquestion: Zet de stappen in de juiste volgorde.\ntype: ordering\nitems:\n"
        + string.Concat(Steps.Select(s => $"  - {s}\n"));

    [Fact]
    public async Task Items_are_shown_in_a_shuffled_order_each_carrying_its_right_place()
    {
        using var site = new TestSite();
        var quiz = await KindSite.BuildAsync(site, Yaml);

        var items = quiz.QuerySelectorAll("fieldset[data-type=ordering] ol.quiz-order > li").ToList();
        Assert.NotEqual(Steps, items.Select(i => i.QuerySelector(".quiz-order-text")!.TextContent));
        Assert.Equal(Steps, items.OrderBy(i => int.Parse(i.GetAttribute("data-value")!)).Select(i => i.QuerySelector(".quiz-order-text")!.TextContent));
    }

    [Fact]
    public async Task Each_move_button_is_named_by_its_action_and_its_item()
    {
        using var site = new TestSite();
        var quiz = await KindSite.BuildAsync(site, Yaml);

        foreach (var button in quiz.QuerySelectorAll("button.quiz-move"))
        {
            var names = button.GetAttribute("aria-labelledby")!.Split(' ').Select(id => quiz.QuerySelector($"#{id}")!.TextContent);
            var item = button.Closest("li")!.QuerySelector(".quiz-order-text")!.TextContent;
            Assert.Contains(string.Join(' ', names), new[] { $"Omhoog {item}", $"Omlaag {item}" });
        }

        Assert.True(quiz.QuerySelector(".quiz-order-moves")!.HasAttribute("hidden")); // the script shows them
    }

    [Fact]
    public async Task Without_javascript_the_right_order_is_revealed_as_a_numbered_list()
    {
        using var site = new TestSite();
        var quiz = await KindSite.BuildAsync(site, Yaml);

        Assert.Equal(Steps, quiz.QuerySelectorAll("details ol.quiz-key > li").Select(li => li.TextContent));
    }

    [Fact]
    public async Task The_shuffled_order_is_the_same_in_every_build() =>
        Assert.Equal(await KindSite.HtmlAsync(Yaml), await KindSite.HtmlAsync(Yaml));
}
