using StatiqSite.Build;

namespace StatiqSite.Tests.Build;

/// <summary>
/// The rules alone, on real folders in a temporary tree: /tmp/x/repo with input/ and theme/, and a home folder of its
/// own (never the real one). The command-line tests (<see cref="OutputFolderTests"/>) show the same refusals end to end.
/// </summary>
public sealed class OutputFolderRulesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("statiqsite-rules-").FullName;

    public OutputFolderRulesTests()
    {
        Directory.CreateDirectory(Input);
        Directory.CreateDirectory(Theme);
        Directory.CreateDirectory(Home);
    }

    private string Repo => Path.Combine(_root, "repo");

    private string Input => Path.Combine(Repo, "input");

    private string Theme => Path.Combine(Repo, "theme");

    private string Home => Path.Combine(_root, "home");

    [Theory]
    [InlineData("/", "is the root of the file system")]
    [InlineData("home", "is or holds your home folder")]
    [InlineData("", "is or holds your home folder")]
    [InlineData("repo/input", "is the input folder")]
    [InlineData("repo", "holds the input or theme folder")]
    [InlineData("repo/theme", "holds the input or theme folder")]
    [InlineData("repo/input/out", "is inside the input folder")]
    [InlineData("repo/theme/out", "is inside the theme folder")]
    public void A_folder_that_holds_what_the_build_must_not_delete_is_refused(string output, string reason)
    {
        var refusal = OutputFolderRules.Refusal(Path.TrimEndingDirectorySeparator(Path.Combine(_root, output)), Input, Theme, Home);

        Assert.NotNull(refusal);
        Assert.Contains(reason, refusal, StringComparison.Ordinal);
        Assert.Contains("pass --output DIR", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_or_empty_folder_is_allowed()
    {
        Directory.CreateDirectory(Path.Combine(Repo, "leeg"));

        Assert.Null(OutputFolderRules.Refusal(Path.Combine(Repo, "nieuw"), Input, Theme, Home));
        Assert.Null(OutputFolderRules.Refusal(Path.Combine(Repo, "leeg"), Input, Theme, Home));
    }

    [Fact]
    public void A_folder_with_the_marker_is_allowed_whatever_else_it_holds()
    {
        var output = Folder("output", OutputFolder.MarkerName, "index.html", "iets/anders.txt");

        Assert.Null(OutputFolderRules.Refusal(output, Input, Theme, Home));
    }

    [Fact]
    public void A_folder_with_other_files_is_refused_and_named_by_one_of_them()
    {
        var output = Folder("documenten", "brief.odt", "foto.jpg");

        var refusal = OutputFolderRules.Refusal(output, Input, Theme, Home);

        Assert.Equal(
            $"the output folder '{output}' holds files that are not a build of this generator (like 'brief.odt') and a build replaces everything in it: "
            + "pass --output DIR with a new or empty folder, or empty this one yourself",
            refusal);
    }

    [Fact]
    public void A_build_of_the_version_before_the_marker_is_allowed_but_not_with_a_hidden_file_in_it()
    {
        var earlier = Folder("output", "404.html", "robots.txt", "sitemap.xml", "assets/css/site.css", "index.html");
        var withGit = Folder("ander", "404.html", "robots.txt", "assets/css/site.css", ".git/HEAD");

        Assert.Null(OutputFolderRules.Refusal(earlier, Input, Theme, Home));
        Assert.NotNull(OutputFolderRules.Refusal(withGit, Input, Theme, Home));
    }

    [Fact]
    public void A_file_is_not_an_output_folder()
    {
        var file = Path.Combine(Repo, "output");
        File.WriteAllText(file, "");

        Assert.Contains("is a file, not a folder", OutputFolderRules.Refusal(file, Input, Theme, Home), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Folder(string name, params string[] files)
    {
        var folder = Path.Combine(Repo, name);
        foreach (var file in files)
        {
            var path = Path.Combine(folder, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "x");
        }

        return folder;
    }
}
