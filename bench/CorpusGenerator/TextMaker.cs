using System.Text;

namespace CorpusGenerator;

/// <summary>Dutch-looking sentences, titles and headings from <see cref="Vocabulary"/>, driven by one seeded random.</summary>
internal sealed class TextMaker(Random random)
{
    public Random Random { get; } = random;

    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Next(items.Count)];

    /// <summary>A sentence of about 8 to 16 words ending in <paramref name="end"/>; <paramref name="term"/> is worked in when given.</summary>
    public string Sentence(string? term = null, char end = '.')
    {
        var words = new List<string> { Pick(Vocabulary.Subjects), Pick(Vocabulary.Verbs), "de", Pick(Vocabulary.Adjectives), Pick(Vocabulary.Nouns) };
        var target = Random.Next(8, 17);
        while (words.Count < target)
        {
            words.AddRange(Random.Next(4) switch
            {
                0 => ["met", "een", Pick(Vocabulary.Adjectives), Pick(Vocabulary.Nouns)],
                1 => [Pick(Vocabulary.Adverbs)],
                2 => ["en", Pick(Vocabulary.Verbs), "het", Pick(Vocabulary.Nouns)],
                _ => ["bij", "de", Pick(Vocabulary.Nouns)],
            });
        }

        if (term is not null)
        {
            words.InsertRange(Random.Next(2, words.Count), ["vanuit", term]);
        }

        return string.Join(' ', words) + end;
    }

    /// <summary>A paragraph of about <paramref name="wordBudget"/> words, the given terms each used once.</summary>
    public string Paragraph(int wordBudget, IEnumerable<string> terms)
    {
        var text = new StringBuilder();
        var pending = new Queue<string>(terms);
        var words = 0;
        while (words < wordBudget || pending.Count > 0)
        {
            var sentence = Sentence(pending.Count > 0 ? pending.Dequeue() : null);
            text.Append(text.Length > 0 ? " " : "").Append(sentence);
            words += sentence.Count(c => c == ' ') + 1;
        }

        return text.ToString();
    }

    /// <summary>A short capitalised phrase for titles and headings: "Duidelijke grens bij de collega".</summary>
    public string Phrase()
    {
        var phrase = Random.Next(3) switch
        {
            0 => $"{Pick(Vocabulary.Adjectives)} {Pick(Vocabulary.Nouns)}",
            1 => $"{Pick(Vocabulary.Adjectives)} {Pick(Vocabulary.Nouns)} bij de {Pick(Vocabulary.Nouns)}",
            _ => $"de {Pick(Vocabulary.Nouns)} en de {Pick(Vocabulary.Nouns)}",
        };
        return char.ToUpperInvariant(phrase[0]) + phrase[1..];
    }

    /// <summary>A short sentence for list items, table cells and quiz options, without a final period.</summary>
    public string Clause() => $"{Pick(Vocabulary.Subjects)} {Pick(Vocabulary.Verbs)} de {Pick(Vocabulary.Adjectives)} {Pick(Vocabulary.Nouns)}";
}
