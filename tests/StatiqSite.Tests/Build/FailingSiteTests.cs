using StatiqSite.Cli;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Build;

/// <summary>
/// The sites under Sites/Failing must fail: each folder holds an <c>input/</c> and the <c>errors.txt</c> the build
/// must print (paths relative to the input folder). Every case also checks exit status 1, no stack trace, and that
/// the previous output survived byte for byte.
/// </summary>
public class FailingSiteTests
{
    private static readonly string CasesFolder = Path.Combine(Repository.Root, "tests", "StatiqSite.Tests", "Sites", "Failing");

    public static TheoryData<string> Cases() => [.. Directory.GetDirectories(CasesFolder).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Build_reports_every_problem_at_its_line_and_keeps_the_old_output(string name)
    {
        using var site = new TestSite(withSettings: false);
        var expected = CopyCase(name, site);

        var run = await CliRunner.RunAsync(site, "build");

        Assert.Equal(CommandLine.ContentErrors, run.ExitCode);
        Assert.Equal(expected, run.ErrorLines(site));
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Equal(CliRunner.OldOutput, TestSite.Snapshot(site.OutputDirectory));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Check_reports_the_same_problems(string name)
    {
        using var site = new TestSite(withSettings: false);
        var expected = CopyCase(name, site);

        var run = await CliRunner.RunAsync(site, "check");

        Assert.Equal(CommandLine.ContentErrors, run.ExitCode);
        Assert.Equal(expected, run.ErrorLines(site));
    }

    [Fact]
    public async Task A_file_that_is_not_utf8_is_reported_at_the_bad_byte()
    {
        using var site = new TestSite();
        site.WriteBytes("index.md", [.. "---\ntitle: Home\n---\nCaf"u8.ToArray(), 0xE9, .. "\n"u8.ToArray()]);

        var run = await CliRunner.RunAsync(site, "build");

        Assert.Equal(CommandLine.ContentErrors, run.ExitCode);
        Assert.Equal(["index.md:4:4: the file is not valid UTF-8: save it as UTF-8 in your editor"], run.ErrorLines(site));
        Assert.Equal(CliRunner.OldOutput, TestSite.Snapshot(site.OutputDirectory));
    }

    [Fact]
    public async Task Two_names_differing_only_in_case_collide()
    {
        using var site = new TestSite();
        site.Page("index.md", "Home").Page("ok.md", "Ok klein").Page("Ok.md", "Ok groot");

        var run = await CliRunner.RunAsync(site, "build");

        Assert.Equal(CommandLine.ContentErrors, run.ExitCode);
        Assert.Equal(
            [
                "Ok.md:1:1: 'Ok' cannot be part of a URL: use lower case a-z, 0-9 and '-' only (rename it to 'ok')",
                "Ok.md:1:1: this file would be written to 'Ok/index.html', as ok.md: rename or remove one of them",
                "ok.md:1:1: this file would be written to 'ok/index.html', as Ok.md: rename or remove one of them",
            ],
            run.ErrorLines(site));
    }

    /// <summary>Copies a case's input into the site and returns the errors it must print.</summary>
    private static List<string> CopyCase(string name, TestSite site)
    {
        CopyFolder(Path.Combine(CasesFolder, name, "input"), site.InputDirectory);
        return [.. File.ReadAllLines(Path.Combine(CasesFolder, name, "errors.txt")).Where(l => l.Length > 0)];
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
