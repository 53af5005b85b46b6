using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Quizzes.Kinds;

/// <summary><c>shuffle: true</c> on a single or multiple question: another order on the page, the same options behind it.</summary>
public sealed class ChoiceKindTests
{
    private const string Shuffled = """
        id: kleuren
        questions:
          - question: Welke kleur heeft de lucht?
            shuffle: true
            options:
              - text: Groen
              - text: Blauw
                correct: true
                feedback: Precies.
              - text: Rood
              - text: Geel
              - text: Paars
              - text: Oranje
        """;

    [Fact]
    public async Task Shuffled_options_are_shown_in_another_order_but_keep_their_written_position_as_value()
    {
        using var site = new TestSite();
        var quiz = await KindSite.BuildAsync(site, Shuffled);

        var inputs = quiz.QuerySelectorAll(".quiz-options input").ToList();
        var shown = inputs.Select(i => quiz.QuerySelector($"label[for='{i.Id}']")!.TextContent).ToList();
        Assert.NotEqual(["Groen", "Blauw", "Rood", "Geel", "Paars", "Oranje"], shown);
        Assert.Equal(["Groen", "Blauw", "Rood", "Geel", "Paars", "Oranje"], inputs.OrderBy(i => int.Parse(i.GetAttribute("value")!)).Select(i => quiz.QuerySelector($"label[for='{i.Id}']")!.TextContent));
        var blue = inputs.Single(i => i.HasAttribute("data-correct"));
        Assert.Equal("2", blue.GetAttribute("value"));
        Assert.Equal("Precies.", quiz.QuerySelector($"#{blue.Id}-feedback")!.TextContent);
    }

    [Fact]
    public async Task The_shuffled_order_is_the_same_in_every_build() =>
        Assert.Equal(await KindSite.HtmlAsync(Shuffled), await KindSite.HtmlAsync(Shuffled));

    [Fact]
    public async Task Without_shuffle_the_options_keep_their_written_order()
    {
        using var site = new TestSite();
        var quiz = await KindSite.BuildAsync(site, Shuffled.Replace("    shuffle: true\n", "", StringComparison.Ordinal));

        Assert.Equal(["1", "2", "3", "4", "5", "6"], quiz.QuerySelectorAll(".quiz-options input").Select(i => i.GetAttribute("value")));
    }
}
