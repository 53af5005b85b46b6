using StatiqSite.Content;
using StatiqSite.Pipeline;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Quizzes;

public sealed class ValidateQuizIdsTests
{
    [Fact]
    public async Task A_quiz_id_used_on_two_pages_is_reported_at_both_naming_the_other()
    {
        using var site = new TestSite()
            .Page("index.md", "Home", "```quiz\nid: zelfde\nquestion: Een?\nanswer: true\n```\n")
            .Page("basis/index.md", "Basis", "Tekst.\n\n```quiz\nid: zelfde\nquestion: Twee?\nanswer: false\n```\n");

        var report = await site.BuildAsync(dryRun: true);

        var errors = Errors.Of(report, site);
        Assert.Equal(2, errors.Count);
        Assert.StartsWith("basis/index.md:7:1: the quiz id 'zelfde' is also used at ", errors[0], StringComparison.Ordinal);
        Assert.Contains("index.md:5:1: quiz ids must be unique", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("index.md:5:1: the quiz id 'zelfde' is also used at ", errors[1], StringComparison.Ordinal);
        Assert.Contains("basis/index.md:7:1", errors[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_default_id_that_meets_a_written_one_is_reported()
    {
        using var site = new TestSite()
            .Page("index.md", "Home", "```quiz\nid: start-2\nquestion: Een?\nanswer: true\n```\n\n```quiz\nquestion: Twee?\nanswer: true\n```\n");

        var report = await site.BuildAsync(dryRun: true);

        Assert.Equal(2, Errors.Of(report, site).Count(e => e.Contains("the quiz id 'start-2' is also used", StringComparison.Ordinal)));
    }
}
