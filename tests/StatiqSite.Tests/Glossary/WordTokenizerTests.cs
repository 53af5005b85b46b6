using StatiqSite.Glossary;

namespace StatiqSite.Tests.Glossary;

public class WordTokenizerTests
{
    [Fact]
    public void Words_keep_hyphens_and_apostrophes_between_letters_and_are_folded()
    {
        Assert.Equal(["burn-out", "collega's", "client", "reeel"], WordTokenizer.Normalize("Burn-out, collega’s; Cliënt REËEL."));
    }

    [Theory]
    [InlineData("Cliënt")]
    [InlineData("REËEL")]
    [InlineData("collega’s")]
    [InlineData("e‑mail")]
    [InlineData("Ångström")]
    [InlineData("Straße")]
    [InlineData("ﬁets")]
    public void The_fast_normal_form_is_the_normal_form_or_declines(string word)
    {
        var buffer = new char[word.Length];

        if (WordTokenizer.TryNormalizeFast(word, buffer))
        {
            Assert.Equal(WordTokenizer.Normalize(word.AsSpan()), new string(buffer));
        }
        else
        {
            Assert.True(word.Any(c => c > 127), $"'{word}' is ASCII and was declined");
        }
    }

    [Fact]
    public void Every_latin_letter_folds_the_same_both_ways()
    {
        var buffer = new char[1];
        var differences = Enumerable.Range(0, 0x2000).Select(c => ((char)c).ToString())
            .Where(letter => char.IsLetterOrDigit(letter[0]) && WordTokenizer.TryNormalizeFast(letter, buffer) && WordTokenizer.Normalize(letter.AsSpan()) != new string(buffer))
            .ToList();

        Assert.Empty(differences);
        Assert.True(WordTokenizer.TryNormalizeFast("ë", buffer));
        Assert.Equal('e', buffer[0]);
    }
}
