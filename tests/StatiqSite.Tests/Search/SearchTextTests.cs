using System.Text.Json;
using StatiqSite.Search;

namespace StatiqSite.Tests.Search;

public class SearchTextTests
{
    /// <summary>The shared table (normalisation.json) that search.js must agree with too.</summary>
    public static TheoryData<string, string[]> Table()
    {
        var data = new TheoryData<string, string[]>();
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Search", "normalisation.json")));
        foreach (var row in json.RootElement.EnumerateArray())
        {
            data.Add(row.GetProperty("text").GetString()!, [.. row.GetProperty("terms").EnumerateArray().Select(t => t.GetString()!)]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void Text_becomes_the_terms_of_the_shared_table(string text, string[] terms) =>
        Assert.Equal(terms, SearchText.TermsOf(text));

    [Fact]
    public void Words_keep_their_place_in_the_text_so_the_browser_can_mark_them()
    {
        var words = SearchText.Words("Een cliënt's ik-boodschap").ToList();

        Assert.Equal([(0, 3, "Een"), (4, 8, "cliënt's"), (13, 2, "ik"), (16, 9, "boodschap")], words);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ,. ")]
    [InlineData("auto's en collega’s")]
    [InlineData("a''b x' 'y z’’ a'b'c'")]
    [InlineData("ik-boodschap, 1,5 uur; 2e keer")]
    [InlineData("cafe\u0301 \u0301x Ⅻ ½ ٣ 𝐀bc 😀ok")]
    [InlineData("naïef\tCRÈME\u00A0brûlée")]
    public void Words_are_what_the_documented_pattern_matches(string text)
    {
        var expected = System.Text.RegularExpressions.Regex.Matches(text, @"[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*")
            .Select(m => (m.Index, m.Length, m.Value));

        Assert.Equal(expected, SearchText.Words(text));
    }

    [Theory]
    [InlineData("Reële", "reele")]
    [InlineData("CAFÉ", "cafe")]
    [InlineData("ĳverig", "ijverig")]
    [InlineData("collega's", "collega")]
    [InlineData("’s", "s")]
    public void Fold_removes_accents_case_and_apostrophes(string word, string folded) =>
        Assert.Equal(folded, SearchText.Fold(word));

    [Fact]
    public void Stop_words_are_not_terms_but_the_rest_of_the_sentence_is()
    {
        Assert.Null(SearchText.TermOf("het"));
        Assert.Equal(["afstand", "bewar"], SearchText.TermsOf("Het is de afstand bewaren"));
    }

    [Fact]
    public void The_stop_word_list_is_sorted_folded_and_without_repeats()
    {
        Assert.Equal(StopWords.All.Order(StringComparer.Ordinal).Distinct(), StopWords.All);
        Assert.All(StopWords.All, w => Assert.Equal(w, SearchText.Fold(w)));
    }
}
