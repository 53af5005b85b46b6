using StatiqSite.Content;

namespace StatiqSite.Tests.Content;

public class SlugTests
{
    [Theory]
    [InlineData("Reële verwachtingen", "reele-verwachtingen")]
    [InlineData("Waarom is dat zo?", "waarom-is-dat-zo")]
    [InlineData("Valkuil: ik stond erbij en ik keek ernaar", "valkuil-ik-stond-erbij-en-ik-keek-ernaar")]
    [InlineData("  Één  twee  ", "een-twee")]
    [InlineData("De cliënt's grens", "de-clients-grens")]
    [InlineData("STAR-methode", "star-methode")]
    public void From_folds_diacritics_and_joins_words_with_dashes(string text, string expected) =>
        Assert.Equal(expected, Slug.From(text));

    [Theory]
    [InlineData("ok", true)]
    [InlineData("fysieke-afstand", true)]
    [InlineData("Ok", false)]
    [InlineData("met spatie", false)]
    [InlineData("-rand", false)]
    [InlineData("", false)]
    public void IsValid_accepts_only_lower_case_a_z_digits_and_dashes(string name, bool valid) =>
        Assert.Equal(valid, Slug.IsValid(name));
}
