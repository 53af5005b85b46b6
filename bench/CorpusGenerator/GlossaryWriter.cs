using System.Text;

namespace CorpusGenerator;

/// <summary>
/// The terms of <c>_glossary.yml</c> ("professionele afstand", ...: two words, distinct, never one inside another)
/// and the file itself, with term, id, definition, behaviours and related ids.
/// </summary>
internal static class GlossaryWriter
{
    public static int MaxTerms => Vocabulary.TermAdjectives.Length * Vocabulary.TermNouns.Length;

    /// <summary><paramref name="count"/> distinct terms in a seeded order.</summary>
    public static IReadOnlyList<string> Terms(int count, Random random)
    {
        var all = Vocabulary.TermAdjectives.SelectMany(a => Vocabulary.TermNouns.Select(n => $"{a} {n}")).ToArray();
        random.Shuffle(all);
        return all[..count];
    }

    public static string Write(IReadOnlyList<string> terms, TextMaker text)
    {
        var random = text.Random;
        var yaml = new StringBuilder();
        for (var i = 0; i < terms.Count; i++)
        {
            var term = terms[i];
            yaml.Append("- term: ").Append(char.ToUpperInvariant(term[0])).Append(term[1..]).Append('\n')
                .Append("  id: ").Append(Slug.From(term)).Append('\n')
                .Append("  definition: ").Append(text.Sentence()).Append('\n')
                .Append("  behaviours:\n");
            for (var b = random.Next(1, 4); b > 0; b--)
            {
                yaml.Append("    - ").Append(text.Clause()).Append(".\n");
            }

            var related = Enumerable.Range(0, random.Next(0, 3)).Select(_ => random.Next(terms.Count)).Where(r => r != i).Distinct().Order().ToList();
            if (related.Count > 0)
            {
                yaml.Append("  related: [").Append(string.Join(", ", related.Select(r => Slug.From(terms[r])))).Append("]\n");
            }
        }

        return yaml.ToString();
    }
}
