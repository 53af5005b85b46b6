using StatiqSite.Content;
using StatiqSite.Search;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Search;

/// <summary>The search entries a page gets from its syntax tree as it is rendered.</summary>
public class CollectSearchEntriesTests
{
    private const string Destination = "basis/regels/index.html";

    private static async Task<List<SearchEntry>> EntriesOf(string markdown, string glossary = "")
    {
        using var site = new TestSite().Page("basis/regels.md", "Regels", markdown);
        if (glossary.Length > 0)
        {
            site.Write("_glossary.yml", glossary);
        }

        var report = await site.BuildAsync(dryRun: true);

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        return [.. report.Result.Outputs[StatiqSite.Content.PipelineNames.Content].Single(d => d.Destination == Destination).GetList(SearchKeys.Entries)];
    }

    [Fact]
    public async Task A_page_is_its_intro_then_one_entry_per_h2_or_h3()
    {
        var entries = await EntriesOf("Inleiding.\n\n## Eerste kop\n\nTekst *een*.\n\n### Sub\n\n- x1\n- x2\n\n#### Klein\n\nmeer\n");

        Assert.Equal(
            [
                new SearchEntry(SearchEntryKind.Page, Destination, "", "Regels", "", "Inleiding."),
                new SearchEntry(SearchEntryKind.Section, Destination, "eerste-kop", "Regels", "Eerste kop", "Tekst een."),
                new SearchEntry(SearchEntryKind.Section, Destination, "sub", "Regels", "Sub", "x1 x2 Klein meer"),
            ],
            entries);
    }

    [Fact]
    public async Task Headings_inside_containers_still_start_their_own_section()
    {
        var entries = await EntriesOf("> ## A\n>\n> een\n\n:::\n## B\n\ntwee\n:::\n");

        Assert.Equal(["", "a", "b"], entries.Select(e => e.Anchor));
        Assert.Equal("twee", entries[2].Text);
    }

    [Fact]
    public async Task Code_is_indexed_and_raw_html_is_not()
    {
        var entries = await EntriesOf("zichtbaar `inline`\n\n<div>verborgen</div>\n\n```\ncodeblok()\n```\n");

        Assert.Equal("zichtbaar inline codeblok()", Assert.Single(entries).Text);
    }

    [Fact]
    public async Task Quiz_questions_point_at_the_quiz_and_its_options_and_answers_are_not_indexed()
    {
        var entries = await EntriesOf("""
            ## Kop

            Uitleg.

            ```quiz
            id: grenzen
            title: Test *jezelf*
            questions:
              - question: Een cliënt wordt *boos*. Wat doe je?
                options:
                  - text: Je negeert het geheimeantwoord.
                  - text: Je benoemt het.
                    correct: true
              - question: Meehuilen helpt.
                type: truefalse
                answer: false
                explanation: Uitleg van het antwoord.
            ```

            Na de quiz.
            """);

        var questions = entries.Where(e => e.Kind == SearchEntryKind.Question).ToList();
        Assert.Equal(["Een cliënt wordt boos. Wat doe je?", "Meehuilen helpt."], questions.Select(q => q.Text));
        Assert.All(questions, q => Assert.Equal(("quiz-grenzen", "Test jezelf", "Regels"), (q.Anchor, q.Heading, q.Title)));
        Assert.DoesNotContain(entries, e => e.Text.Contains("geheimeantwoord", StringComparison.Ordinal) || e.Text.Contains("antwoord.", StringComparison.Ordinal));
        Assert.Equal("Uitleg. Na de quiz.", entries.Single(e => e.Anchor == "kop").Text);
    }

    [Fact]
    public async Task Definition_lists_with_ids_are_glossary_terms_too()
    {
        var entries = await EntriesOf("Stress {#stress}\n:   Spanning en druk.\n\nZonder id\n:   blijft tekst\n");

        Assert.Equal(("stress", "Stress", "Spanning en druk."), entries.Where(e => e.Kind == SearchEntryKind.Term).Select(e => (e.Anchor, e.Title, e.Text)).Single());
        Assert.Equal("Zonder id blijft tekst", entries.Single(e => e.Kind == SearchEntryKind.Page).Text);
    }

    [Fact]
    public async Task Linked_glossary_terms_are_indexed_as_their_words()
    {
        var entries = await EntriesOf("Over empathie.\n", "- term: Empathie\n  definition: Je inleven.\n");

        Assert.Equal("Over empathie.", Assert.Single(entries).Text);
    }
}
