using StatiqSite.Markdown;

namespace StatiqSite.Tests.Markdown;

public class HeadingSlugTests
{
    // Each expected id is what GitHub's Markdown view gives the heading.
    [Theory]
    [InlineData("Advies aan cliënten", "advies-aan-cliënten")]
    [InlineData("Wat nu? Vragen & antwoorden", "wat-nu-vragen--antwoorden")]
    [InlineData("Reële verwachtingen", "reële-verwachtingen")]
    [InlineData("Een voorbeeld: de schuldhulpverlener", "een-voorbeeld-de-schuldhulpverlener")]
    [InlineData("STAR-methode (situatie, taak)", "star-methode-situatie-taak")]
    [InlineData("snake_case en 100%", "snake_case-en-100")]
    [InlineData("Tips 👍 voor jou", "tips--voor-jou")]
    [InlineData("Het “echte” werk – kort", "het-echte-werk--kort")]
    public void Ids_are_made_as_GitHub_makes_them(string text, string id) =>
        Assert.Equal(id, HeadingSlug.From(text));

    [Theory]
    [InlineData("advies-aan-cliënten", "advies-aan-clienten")]
    [InlineData("Reële", "reele")]
    public void Folding_drops_accents_and_case(string id, string folded) =>
        Assert.Equal(folded, HeadingSlug.Folded(id));
}
