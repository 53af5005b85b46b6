using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Quizzes;

/// <summary>
/// The quiz rules of the authoring contract, one case file per rule: <c>Cases/&lt;rule&gt;.md</c> is built as the
/// page <c>casus.md</c>, and the build's errors must be exactly the lines of <c>Cases/&lt;rule&gt;.errors.txt</c>.
/// </summary>
public sealed class QuizReaderTests
{
    /// <summary>The case names.</summary>
    public static TheoryData<string> Cases() => PageCases.Names("Quizzes");

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Case_reports_exactly_the_expected_errors(string name) => PageCases.AssertExpectedErrors("Quizzes", name);
}
