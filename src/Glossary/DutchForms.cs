namespace StatiqSite.Glossary;

/// <summary>
/// The regular Dutch inflections of a normalised word or phrase, so that a term also links in the plural,
/// as an adjective with -e, or as a diminutive: grens → grenzen, competentie → competenties,
/// vaardigheid → vaardigheden, brief → brieven, les → lessen, maan → manen, reëel → reële, boek → boekje.
/// Spelling is irregular at the edges (huis → huizen, kruis → kruisen), so where the rules are unsure both
/// spellings are produced: a form nobody writes costs nothing, a missed form is a term left unlinked.
/// Only the last word of a phrase is inflected; the first word of a phrase may also take the -e of an adjective.
/// </summary>
public static class DutchForms
{
    private const string Vowels = "aeiouy";

    /// <summary>Every form of a phrase of normalised words, the phrase itself included.</summary>
    public static IEnumerable<string[]> Of(string[] words)
    {
        if (words.Length == 0)
        {
            yield break;
        }

        if (words.Length == 1)
        {
            foreach (var form in Inflect(words[0]))
            {
                yield return [form];
            }

            yield break;
        }

        var firsts = Stems(words[0]).Select(s => s + "e").Prepend(words[0]).Distinct(StringComparer.Ordinal).ToList();
        var lasts = Inflect(words[^1]).ToList();
        foreach (var first in firsts)
        {
            foreach (var last in lasts)
            {
                var form = (string[])words.Clone();
                form[0] = first;
                form[^1] = last;
                yield return form;
            }
        }
    }

    /// <summary>The word and its plurals, -e form and diminutives.</summary>
    public static IEnumerable<string> Inflect(string word)
    {
        var forms = new SortedSet<string>(StringComparer.Ordinal) { word };
        if (word.Length < 2 || !char.IsLetter(word[^1]))
        {
            return forms;
        }

        forms.Add(word + "s");
        if (IsVowel(word[^1]))
        {
            // collega's, foto's; competentie → competentieën; methode → methoden.
            forms.Add(word + "'s");
            forms.Add(word + (word[^1] == 'e' ? "n" : "en"));
        }

        if (word.EndsWith("heid", StringComparison.Ordinal))
        {
            forms.Add(word[..^4] + "heden");
        }

        foreach (var stem in Stems(word))
        {
            forms.Add(stem + "en");
            forms.Add(stem + "e");
        }

        foreach (var diminutive in Diminutives(word))
        {
            forms.Add(diminutive);
            forms.Add(diminutive + "s");
        }

        return forms;
    }

    /// <summary>
    /// What -en or -e attaches to: the word itself, with the last consonant doubled after a short vowel
    /// (les → less-), with a doubled vowel undoubled before a single consonant (maan → man-), and with a final
    /// s or f voiced to z or v (grens → grenz-, brief → briev-).
    /// </summary>
    public static IEnumerable<string> Stems(string word)
    {
        if (word.Length < 2 || IsVowel(word[^1]) || !char.IsLetter(word[^1]))
        {
            return [word];
        }

        var stems = new List<string> { word };
        var last = word[^1];
        var shortVowel = IsVowel(word[^2]) && (word.Length == 2 || !IsVowel(word[^3]));
        if (shortVowel && last is not ('w' or 'j' or 'h' or 'x' or 'y'))
        {
            stems.Add(word + last);
        }

        var doubledVowel = word.Length >= 3 && word[^2] == word[^3] && word[^2] is 'a' or 'e' or 'o' or 'u';
        if (doubledVowel)
        {
            stems.Add(word[..^2] + last);
        }

        if (last is 's' or 'f')
        {
            var voiced = last == 's' ? 'z' : 'v';
            stems.AddRange(stems.Where(s => s[^1] == last && !(s.Length > 1 && s[^2] == last)).Select(s => s[..^1] + voiced).ToList());
        }

        return stems.Distinct(StringComparer.Ordinal);
    }

    /// <summary>-je, -tje, -pje and -etje (with the consonant doubled after a short vowel: bal → balletje).</summary>
    private static IEnumerable<string> Diminutives(string word)
    {
        yield return word + "je";
        yield return word + "tje";
        yield return word + "pje";
        yield return word + "etje";
        if (!IsVowel(word[^1]) && IsVowel(word[^2]) && (word.Length == 2 || !IsVowel(word[^3])))
        {
            yield return word + word[^1] + "etje";
        }

        if (word[^1] is 'a' or 'o' or 'u' && !IsVowel(word[^2]))
        {
            yield return word + word[^1] + "tje"; // oma → omaatje, auto → autootje
        }
    }

    private static bool IsVowel(char c) => Vowels.Contains(c, StringComparison.Ordinal);
}
