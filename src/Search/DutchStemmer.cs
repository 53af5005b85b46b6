namespace StatiqSite.Search;

/// <summary>
/// A light Dutch stemmer: it only conflates the forms a reader types for the same word (plural, inflected
/// adjective, open-syllable spelling), so that "grenzen" finds "grens" and "afspraken" finds "afspraak". It
/// works on folded words (see <see cref="SearchText.Fold"/>) of a-z only; anything else is returned as is.
/// The same rules are in <c>theme/assets/js/search.js</c> (function <c>stem</c>); docs/search.md lists them.
/// </summary>
public static class DutchStemmer
{
    /// <summary>The stem of a folded word.</summary>
    public static string Stem(string word)
    {
        if (!word.All(c => c is >= 'a' and <= 'z'))
        {
            return word;
        }

        var stem = StripSuffix(word);
        return UndoubleVowel(stem);
    }

    private static string StripSuffix(string w)
    {
        // 1. "-heden" is the plural of "-heid": mogelijkheden → mogelijkheid.
        if (w.EndsWith("heden", StringComparison.Ordinal))
        {
            return w[..^5] + "heid";
        }

        // 2. "-en" after a consonant: grenzen → grenz → grens, mannen → man, afspraken → afsprak.
        if (w.Length >= 5 && w.EndsWith("en", StringComparison.Ordinal) && !IsVowel(w[^3]))
        {
            return FixStem(w[..^2]);
        }

        // 3. "-e" after a consonant: grote → grot, rustige → rustig, grijze → grijs.
        if (w.Length >= 4 && w[^1] == 'e' && !IsVowel(w[^2]))
        {
            return FixStem(w[..^1]);
        }

        // 4. "-s" of plurals that take it: regels, leraars, bezems, briefjes, situaties. Not "grens" or "mens".
        if (w.Length >= 5 && w[^1] == 's' && (EndsWithAny(w, "els", "ers", "ems", "jes", "ies")))
        {
            return w[..^1];
        }

        return w;
    }

    /// <summary>After a suffix is gone: a doubled consonant becomes single, a final z or v becomes s or f.</summary>
    private static string FixStem(string stem)
    {
        if (stem.Length >= 2 && stem[^1] == stem[^2] && !IsVowel(stem[^1]))
        {
            stem = stem[..^1];
        }

        return stem[^1] switch
        {
            'z' => stem[..^1] + "s",
            'v' => stem[..^1] + "f",
            _ => stem,
        };
    }

    /// <summary>"aa", "ee", "oo", "uu" before a final consonant become single: afspraak → afsprak, groot → grot.</summary>
    private static string UndoubleVowel(string w)
    {
        if (w.Length >= 3 && !IsVowel(w[^1]) && w[^2] == w[^3] && w[^2] is 'a' or 'e' or 'o' or 'u' &&
            (w.Length == 3 || !IsVowel(w[^4])))
        {
            return w[..^2] + w[^1];
        }

        return w;
    }

    private static bool EndsWithAny(string w, params string[] endings) =>
        endings.Any(e => w.EndsWith(e, StringComparison.Ordinal));

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
