using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Scenarios;

/// <summary>
/// The scenario rules of the authoring contract, one case file per rule: <c>Cases/&lt;rule&gt;.md</c> is built as the
/// page <c>casus.md</c>, and the build's errors must be exactly the lines of <c>Cases/&lt;rule&gt;.errors.txt</c>
/// (empty for a scenario that is right).
/// </summary>
public sealed class ScenarioReaderTests
{
    private static readonly string CasesFolder = Path.Combine(AppContext.BaseDirectory, "Scenarios", "Cases");

    /// <summary>The case names.</summary>
    public static TheoryData<string> Cases() =>
        [.. Directory.EnumerateFiles(CasesFolder, "*.md").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Case_reports_exactly_the_expected_errors(string name)
    {
        using var site = new TestSite().Write("casus.md", File.ReadAllText(Path.Combine(CasesFolder, name + ".md")));

        var report = await site.BuildAsync(dryRun: true);

        var expected = File.ReadAllLines(Path.Combine(CasesFolder, name + ".errors.txt")).Where(l => l.Length > 0);
        // Messages naming another place print its path as the build shows it; the case files name it input-relative.
        Assert.Equal(expected, Errors.Of(report, site).Select(e => e.Replace(site.InputDirectory + "/", "", StringComparison.Ordinal)));
    }
}
