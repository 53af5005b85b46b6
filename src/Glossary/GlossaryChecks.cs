using System.Collections.Immutable;
using StatiqSite.Content;
using StatiqSite.Pipeline;

namespace StatiqSite.Glossary;

/// <summary>
/// The checks across entries, and the matcher they make possible: duplicate ids, a term or alias claimed
/// twice, a Dutch form of one term that is (a form of) another, and <c>related</c> ids that name no term.
/// Each error names both places. An alias that only repeats its own term (<c>client</c> for <c>Cliënt</c>, or a form
/// the term already matches) is a warning: it is redundant, not wrong.
/// </summary>
public static class GlossaryChecks
{
    /// <summary>Checks <paramref name="entries"/> and builds the glossary of the build.</summary>
    public static GlossaryTerms Build(ImmutableArray<GlossaryTerm> entries, DiagnosticBag diagnostics)
    {
        void Error(YamlPlace at, string message) => diagnostics.Error(GlossaryYaml.FileName, at.Line, at.Column, message);
        void Warning(YamlPlace at, string message) => diagnostics.Warning(GlossaryYaml.FileName, at.Line, at.Column, message);

        var byId = new Dictionary<string, GlossaryTerm>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (!byId.TryAdd(entry.Id, entry))
            {
                var first = byId[entry.Id];
                Error(entry.IdPlace, $"duplicate id '{entry.Id}': '{entry.Term}' has the same id as '{first.Term}' (line {first.Place.Line}); give one of them another 'id'");
            }
        }

        var terms = entries.Where(e => byId[e.Id] == e).ToImmutableArray();
        var matcher = BuildMatcher(terms, Error, Warning);
        foreach (var term in terms)
        {
            foreach (var related in term.Related)
            {
                if (related.Text == term.Id)
                {
                    Error(related.Place, $"'{term.Term}' lists itself in 'related': remove '{related.Text}'");
                }
                else if (!byId.ContainsKey(related.Text))
                {
                    Error(related.Place, $"unknown term id '{related.Text}' in 'related'{Suggest.DidYouMean(related.Text, byId.Keys)}; 'related' lists ids of other terms");
                }
            }
        }

        return new GlossaryTerms(terms, matcher);
    }

    /// <summary>
    /// Adds every written phrase first, so a clash between two written phrases is reported as such, then the
    /// Dutch forms of each phrase. A clash between forms is reported once per pair of terms.
    /// </summary>
    private static TermMatcher BuildMatcher(ImmutableArray<GlossaryTerm> terms, Action<YamlPlace, string> error, Action<YamlPlace, string> warning)
    {
        var matcher = new TermMatcher();
        var claims = new Dictionary<string, Claim>(StringComparer.Ordinal);
        var phrases = terms.SelectMany((t, i) => t.Aliases.Select(a => (Term: i, Phrase: a.Text, a.Place, Alias: true))
            .Prepend((Term: i, Phrase: t.Term, t.Place, Alias: false))).ToList();
        var reported = new HashSet<(int, int)>();
        foreach (var (term, phrase, place, alias) in phrases)
        {
            var words = WordTokenizer.Normalize(phrase);
            var claim = new Claim(term, phrase, place, alias);
            if (words.Length == 0)
            {
                error(place, $"'{phrase}' has no letters or digits, so it can never be found in a text");
            }
            else if (alias && RepeatsItsTerm(words, terms[term]))
            {
                warning(place, $"the alias '{phrase}' only repeats the term '{terms[term].Term}', which already finds it: remove the alias");
                continue;
            }
            else if (!claims.TryAdd(string.Join(' ', words), claim) && claims[string.Join(' ', words)] is var first)
            {
                reported.Add((Math.Min(term, first.Term), Math.Max(term, first.Term)));
                error(place, $"'{phrase}' is claimed twice: as {claim.Describe(terms)} and as {first.Describe(terms)} (line {first.Place.Line}); a word can link to one term only, so remove one");
                continue;
            }

            matcher.Add(words, term);
        }

        foreach (var (term, phrase, place, alias) in phrases)
        {
            foreach (var form in DutchForms.Of(WordTokenizer.Normalize(phrase)))
            {
                var key = string.Join(' ', form);
                var claim = new Claim(term, phrase, place, alias);
                if (claims.TryAdd(key, claim))
                {
                    matcher.Add(form, term);
                }
                else if (claims[key] is var first && first.Term != term && reported.Add((Math.Min(term, first.Term), Math.Max(term, first.Term))))
                {
                    var (early, late) = first.Place.Line <= place.Line ? (first, claim) : (claim, first);
                    error(late.Place, $"'{key}' is a form of two terms: of {late.Describe(terms)} and of {early.Describe(terms)} (line {early.Place.Line}); " +
                        "a word can link to one term only: remove or change one of them");
                }
            }
        }

        return matcher;
    }

    /// <summary>Whether alias <paramref name="words"/> are the term's own words or one of their Dutch forms (case and accents folded).</summary>
    private static bool RepeatsItsTerm(string[] words, GlossaryTerm term)
    {
        var own = WordTokenizer.Normalize(term.Term);
        return own.SequenceEqual(words) || DutchForms.Of(own).Any(form => form.SequenceEqual(words));
    }

    private sealed record Claim(int Term, string Phrase, YamlPlace Place, bool Alias)
    {
        public string Describe(ImmutableArray<GlossaryTerm> terms) =>
            Alias ? $"the alias '{Phrase}' of '{terms[Term].Term}'" : $"the term '{Phrase}'";
    }
}
