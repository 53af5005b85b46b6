using StatiqSite.Pipeline;

namespace StatiqSite.Tests.Pipeline;

/// <summary>
/// The output phase's share of wall time per module (<c>--timings</c>). Kept apart from EngineTests while the output
/// phase is being redesigned: only the arithmetic is tested here.
/// </summary>
public class EngineTimingsTests
{
    [Theory]
    [InlineData(1_000, 1, 4, 250)]
    [InlineData(1_000, 4, 4, 1_000)]
    [InlineData(1_000, 0, 4, 0)]
    public void A_module_gets_its_part_of_the_wall_time(int wallMs, long part, long total, int expectedMs) =>
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), Engine.ShareOf(TimeSpan.FromMilliseconds(wallMs), part, total));

    [Fact]
    public void A_long_phase_with_much_busy_time_does_not_overflow()
    {
        // A slow disk: 30 s of wall time and, over two cores, 60 s busy, counted in nanosecond Stopwatch ticks. Wall
        // ticks times busy ticks (1.8e19) is beyond what a TimeSpan holds (9.2e18 ticks): "TimeSpan overflowed".
        var wall = TimeSpan.FromSeconds(30);
        var busy = 60L * 1_000_000_000;

        var share = Engine.ShareOf(wall, busy / 5, busy);

        Assert.Equal(TimeSpan.FromSeconds(6), share);
    }
}
