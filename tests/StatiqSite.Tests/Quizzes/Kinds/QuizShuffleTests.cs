using StatiqSite.Quizzes.Kinds;

namespace StatiqSite.Tests.Quizzes.Kinds;

/// <summary>A shuffled order derived from the quiz id and question key: a permutation, the same every build.</summary>
public sealed class QuizShuffleTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(10)]
    [InlineData(40)]
    public void An_order_holds_every_position_once(int count) =>
        Assert.Equal(Enumerable.Range(0, count), QuizShuffle.Order("proef/1", count).Order());

    [Fact]
    public void The_same_seed_gives_the_same_order_and_another_seed_another() =>
        Assert.Multiple(
            () => Assert.Equal(QuizShuffle.Order("proef/1", 8), QuizShuffle.Order("proef/1", 8)),
            () => Assert.NotEqual(QuizShuffle.Order("proef/1", 8), QuizShuffle.Order("proef/2", 8)));

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(10)]
    public void A_mixed_order_is_never_the_written_one(int count)
    {
        // With two items half of all seeds hash to the written order; each must be rotated away from it.
        var orders = Enumerable.Range(0, 200).Select(n => QuizShuffle.Mixed($"quiz/{n}", count)).ToList();

        Assert.All(orders, order => Assert.NotEqual(Enumerable.Range(0, count), order));
        Assert.All(orders, order => Assert.Equal(Enumerable.Range(0, count), order.Order()));
    }
}
