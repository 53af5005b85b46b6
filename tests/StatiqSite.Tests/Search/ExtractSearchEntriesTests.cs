using StatiqSite.Build;
using StatiqSite.Search;

namespace StatiqSite.Tests.Search;

public class ExtractSearchEntriesTests
{
    private static readonly SearchPage Page = new("basis/regels/index.html", "Regels");

    private static List<SearchEntry> Extract(string html) => [.. SitePipelines.SearchEntries().EntriesOf(Page, html)];

    [Fact]
    public void A_page_is_its_intro_then_one_entry_per_h2_or_h3_with_an_id()
    {
        var entries = Extract("<p>Inleiding.</p><h2 id=\"a\">Eerste kop</h2><p>Tekst <em>een</em>.</p><h3 id=\"b\">Sub</h3><ul><li>x1</li><li>x2</li></ul><h4>Klein</h4><p>meer</p>");

        Assert.Equal(
            [
                new SearchEntry(SearchEntryKind.Page, Page.Destination, "", "Regels", "", "Inleiding."),
                new SearchEntry(SearchEntryKind.Section, Page.Destination, "a", "Regels", "Eerste kop", "Tekst een."),
                new SearchEntry(SearchEntryKind.Section, Page.Destination, "b", "Regels", "Sub", "x1 x2 Klein meer"),
            ],
            entries);
    }

    [Fact]
    public void Headings_inside_wrappers_still_start_their_own_section()
    {
        var entries = Extract("<section><h2 id=\"a\">A</h2><p>een</p></section><section><h2 id=\"b\">B</h2><p>twee</p></section>");

        Assert.Equal(["", "a", "b"], entries.Select(e => e.Anchor));
        Assert.Equal("twee", entries[2].Text);
    }

    [Fact]
    public void Scripts_hidden_elements_and_opted_out_elements_are_not_indexed()
    {
        var entries = Extract("<p>zichtbaar</p><script>geheim()</script><p hidden>verborgen</p><div data-search-ignore>nee</div><template>sjabloon</template>");

        Assert.Equal("zichtbaar", Assert.Single(entries).Text);
    }

    [Fact]
    public void Quiz_questions_point_at_the_quiz_and_its_options_and_answers_are_not_indexed()
    {
        var entries = Extract("""
            <h2 id="kop">Kop</h2><p>Uitleg.</p>
            <section class="quiz" id="quiz-grenzen" data-quiz="grenzen"><h2 class="quiz-title" id="quiz-grenzen-titel">Test jezelf</h2>
            <form><fieldset id="grenzen-v1"><legend><span class="quiz-number">Vraag 1 van 2</span> <span class="quiz-question-text">Een cliënt wordt <em>boos</em>. Wat doe je?</span></legend>
            <ul><li><label><input type="radio"> Je negeert het geheimeantwoord.</label></li></ul><details><summary>Toon antwoord</summary>Uitleg van het antwoord.</details></fieldset>
            <fieldset><legend>Meehuilen helpt.</legend></fieldset></form></section>
            <p>Na de quiz.</p>
            """);

        var questions = entries.Where(e => e.Kind == SearchEntryKind.Question).ToList();
        Assert.Equal(["Een cliënt wordt boos. Wat doe je?", "Meehuilen helpt."], questions.Select(q => q.Text));
        Assert.All(questions, q => Assert.Equal(("quiz-grenzen", "Test jezelf", "Regels"), (q.Anchor, q.Heading, q.Title)));
        Assert.DoesNotContain(entries, e => e.Text.Contains("geheimeantwoord", StringComparison.Ordinal) || e.Heading == "Test jezelf" && e.Kind == SearchEntryKind.Section);
        Assert.Equal("Uitleg. Na de quiz.", entries.Single(e => e.Anchor == "kop").Text);
    }

    [Fact]
    public void Glossary_page_entries_become_terms_with_their_definition()
    {
        var entries = Extract("""
            <nav class="glossary-jump"><ul><li><a href="#letter-e">E</a></li></ul></nav>
            <section class="glossary-letter" aria-labelledby="letter-e"><h2 id="letter-e">E</h2>
            <article class="glossary-entry" id="empathie"><h3><dfn>Empathie</dfn></h3>
            <div class="glossary-definition"><p>Het vermogen je in te leven.</p></div>
            <p class="glossary-aliases">Ook: empathisch, meevoelen</p>
            <h4>Komt voor op</h4><ul class="glossary-pages"><li><a href="../x">Een pagina</a></li></ul></article>
            </section>
            """);

        var term = Assert.Single(entries, e => e.Kind == SearchEntryKind.Term);
        Assert.Equal(new SearchEntry(SearchEntryKind.Term, Page.Destination, "empathie", "Empathie", "Begrip", "Het vermogen je in te leven. Ook: empathisch, meevoelen"), term);
        Assert.DoesNotContain(entries, e => e.Text.Contains("Komt voor op", StringComparison.Ordinal));
    }

    [Fact]
    public void Definition_lists_with_ids_are_glossary_terms_too()
    {
        var entries = Extract("<dl><dt id=\"stress\">Stress</dt><dd>Spanning.</dd><dd>Druk.</dd><dt>Zonder id</dt><dd>blijft tekst</dd></dl>");

        Assert.Equal(("stress", "Stress", "Spanning. Druk."), entries.Where(e => e.Kind == SearchEntryKind.Term).Select(e => (e.Anchor, e.Title, e.Text)).Single());
        Assert.Equal("Zonder id blijft tekst", entries.Single(e => e.Kind == SearchEntryKind.Page).Text);
    }
}
