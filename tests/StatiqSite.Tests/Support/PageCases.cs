namespace StatiqSite.Tests.Support;

/// <summary>
/// A feature's rules as case files next to its tests: <c>&lt;Feature&gt;/Cases/&lt;rule&gt;.md</c> is built as the page
/// <c>casus.md</c>, and the build's errors must be exactly the lines of <c>Cases/&lt;rule&gt;.errors.txt</c> (empty for
/// a case that is right).
/// </summary>
public static class PageCases
{
    /// <summary>The case names of <paramref name="feature"/> (its test folder: <c>Quizzes</c>).</summary>
    public static TheoryData<string> Names(string feature) =>
        [.. Directory.EnumerateFiles(Folder(feature), "*.md").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)];

    /// <summary>Builds the case <paramref name="name"/> and compares its errors with the expected ones.</summary>
    public static async Task AssertExpectedErrors(string feature, string name)
    {
        using var site = new TestSite().Write("casus.md", File.ReadAllText(Path.Combine(Folder(feature), name + ".md")));

        var report = await site.BuildAsync(dryRun: true);

        var expected = File.ReadAllLines(Path.Combine(Folder(feature), name + ".errors.txt")).Where(l => l.Length > 0);
        // Messages naming another place print its path as the build shows it; the case files name it input-relative.
        Assert.Equal(expected, Errors.Of(report, site).Select(e => e.Replace(site.InputDirectory + "/", "", StringComparison.Ordinal)));
    }

    private static string Folder(string feature) => Path.Combine(AppContext.BaseDirectory, feature, "Cases");
}
