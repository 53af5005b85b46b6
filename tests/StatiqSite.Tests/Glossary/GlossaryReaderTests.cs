using StatiqSite.Pipeline;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Glossary;

/// <summary>
/// Every validation rule of the glossary: each Cases/Errors/&lt;name&gt;.yml must give exactly the errors in
/// &lt;name&gt;.errors.txt, as <c>path:line:column: message</c> with the line in the YAML.
/// </summary>
public sealed class GlossaryReaderTests
{
    public static TheoryData<string> ErrorCases =>
        [.. Directory.EnumerateFiles(GlossaryCases.Folder("Errors"), "*.yml").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ErrorCases))]
    public void A_broken_glossary_gives_the_expected_errors(string name)
    {
        var folder = GlossaryCases.Folder("Errors");
        var yaml = File.ReadAllText(Path.Combine(folder, name + ".yml"));

        var (_, diagnostics) = GlossaryCases.Load(yaml);

        var expected = File.ReadAllLines(Path.Combine(folder, name + ".errors.txt")).Where(l => l.Length > 0);
        var actual = diagnostics.Sorted().Where(d => d.Severity == Severity.Error).Select(d => d.ToString());
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void The_glossary_of_the_site_has_no_errors()
    {
        var (glossary, diagnostics) = GlossaryCases.Load(File.ReadAllText(Path.Combine(Repository.Input, "_glossary.yml")));

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(20, glossary.Terms.Length);
    }

    [Fact]
    public void An_alias_that_only_repeats_its_term_is_a_warning_naming_both()
    {
        var (glossary, diagnostics) = GlossaryCases.Load("- term: Cliënt\n  aliases: [cliënten, client, hulpvrager]\n  definition: Wie hulp krijgt.\n");

        Assert.Equal(
            [
                "_glossary.yml:2:13: warning: the alias 'cliënten' only repeats the term 'Cliënt', which already finds it: remove the alias",
                "_glossary.yml:2:23: warning: the alias 'client' only repeats the term 'Cliënt', which already finds it: remove the alias",
            ],
            diagnostics.Sorted().Select(d => d.ToString()));
        Assert.Single(glossary.Terms);
    }

    [Fact]
    public void The_id_defaults_to_the_slug_of_the_term()
    {
        var (glossary, _) = GlossaryCases.Load("- term: Reële verwachting\n  definition: Haalbaar.\n");

        Assert.Equal("reele-verwachting", Assert.Single(glossary.Terms).Id);
    }

    [Fact]
    public void Raw_HTML_in_a_definition_is_shown_as_text()
    {
        var (glossary, _) = GlossaryCases.Load("- term: Veilig\n  definition: \"Niet <script>alert(1)</script> maar *nadruk*.\"\n");

        var term = Assert.Single(glossary.Terms);
        Assert.DoesNotContain("<script>", term.DefinitionHtml, StringComparison.Ordinal);
        Assert.Contains("<em>nadruk</em>", term.DefinitionHtml, StringComparison.Ordinal);
    }
}
