namespace StatiqSite.Tests.Glossary;

/// <summary>Which texts a term matches: the cases of Cases/Forms/match.txt and nomatch.txt.</summary>
public sealed class DutchFormsTests
{
    public static TheoryData<string, string> Matching => GlossaryCases.Table("match.txt");

    public static TheoryData<string, string> LookAlikes => GlossaryCases.Table("nomatch.txt");

    [Theory]
    [MemberData(nameof(Matching))]
    public void A_term_matches_its_regular_Dutch_form(string term, string text)
    {
        var glossary = GlossaryCases.Of(term);

        var matches = glossary.Matcher.Matches(text);

        var match = Assert.Single(matches);
        Assert.Equal((0, text.Length), (match.Start, match.End));
    }

    [Theory]
    [MemberData(nameof(LookAlikes))]
    public void A_term_does_not_match_a_look_alike(string term, string text)
    {
        var glossary = GlossaryCases.Of(term);

        Assert.Empty(glossary.Matcher.Matches(text));
    }

    [Fact]
    public void An_alias_is_inflected_too()
    {
        var (glossary, _) = GlossaryCases.Load("- term: Empathie\n  aliases: [empathisch]\n  definition: Inleven.\n");

        var match = Assert.Single(glossary.Matcher.Matches("een empathische collega"));

        Assert.Equal(0, match.Term);
    }
}
