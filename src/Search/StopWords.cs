using System.Collections.Frozen;

namespace StatiqSite.Search;

/// <summary>
/// Dutch words too common to search for (the Snowball list plus a few pronouns), in folded form. They are left
/// out of the index; the index's manifest carries this list, so the browser drops the same words from a query.
/// </summary>
public static class StopWords
{
    /// <summary>The words, sorted.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        "aan", "al", "alles", "als", "altijd", "andere", "ben", "bij", "dan", "dat", "de", "der", "deze", "die",
        "dit", "doch", "doen", "door", "dus", "een", "eens", "en", "er", "ge", "geen", "geweest", "haar", "had",
        "heb", "hebben", "heeft", "hem", "het", "hier", "hij", "hoe", "hun", "iemand", "iets", "ik", "in", "is",
        "ja", "je", "jij", "jou", "jouw", "kan", "kon", "kunnen", "maar", "me", "meer", "men", "met", "mij", "mijn",
        "moet", "na", "naar", "niet", "niets", "nog", "nu", "of", "om", "omdat", "onder", "ons", "onze", "ook", "op",
        "over", "reeds", "te", "tegen", "toch", "toen", "tot", "uit", "uw", "van", "veel", "voor", "want", "waren",
        "was", "wat", "we", "wel", "werd", "wezen", "wie", "wij", "wil", "worden", "wordt", "zal", "ze", "zelf",
        "zich", "zij", "zijn", "zo", "zonder", "zou",
    ];

    private static readonly FrozenSet<string> Set = All.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether a folded word is a stop word.</summary>
    public static bool Contains(string folded) => Set.Contains(folded);
}
