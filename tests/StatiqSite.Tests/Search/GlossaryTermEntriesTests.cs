using StatiqSite.Search;
using StatiqSite.Tests.Glossary;

namespace StatiqSite.Tests.Search;

public class GlossaryTermEntriesTests
{
    private const string Destination = "begrippen/index.html";

    [Fact]
    public void Each_term_is_an_entry_with_its_definition_and_other_forms_in_the_page_order()
    {
        var (glossary, _) = GlossaryCases.Load("- term: Zelfzorg\n  definition: Goed voor *jezelf* zorgen.\n- term: Empathie\n  aliases: [empathisch, meevoelen]\n  definition: Het vermogen je in te leven.\n");

        var terms = GlossaryTermEntries.Of(glossary, Destination, "Begrippen").Where(e => e.Kind == SearchEntryKind.Term);

        Assert.Equal(
            [
                new SearchEntry(SearchEntryKind.Term, Destination, "empathie", "Empathie", "Begrip", "Het vermogen je in te leven. Ook: empathisch, meevoelen"),
                new SearchEntry(SearchEntryKind.Term, Destination, "zelfzorg", "Zelfzorg", "Begrip", "Goed voor jezelf zorgen."),
            ],
            terms);
    }

    [Fact]
    public void The_page_and_its_letter_sections_follow_the_terms()
    {
        var (glossary, _) = GlossaryCases.Load("- term: Empathie\n  definition: Inleven.\n");

        var entries = GlossaryTermEntries.Of(glossary, Destination, "Begrippen");

        Assert.Equal([SearchEntryKind.Term, SearchEntryKind.Page, SearchEntryKind.Section], entries.Select(e => e.Kind));
        Assert.Equal(("letter-e", "E", ""), (entries[2].Anchor, entries[2].Heading, entries[2].Text));
    }
}
