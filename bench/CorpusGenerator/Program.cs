using System.Globalization;
using CorpusGenerator;

// dotnet run --project bench/CorpusGenerator -- --pages N --out DIR [--terms G] [--seed S]
const string Usage = "usage: CorpusGenerator --pages N --out DIR [--terms G] [--seed S]";
int? pages = null;
string? output = null;
var terms = 200;
var seed = 1;
for (var i = 0; i < args.Length; i++)
{
    var value = i + 1 < args.Length ? args[i + 1] : null;
    bool Number(out int n) => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out n);
    switch (args[i])
    {
        case "--pages" when Number(out var n) && n >= 1:
            pages = n;
            break;
        case "--terms" when Number(out var n) && n <= Corpus.MaxTerms:
            terms = n;
            break;
        case "--seed" when Number(out var n):
            seed = n;
            break;
        case "--out" when value is not null:
            output = value;
            break;
        default:
            Console.Error.WriteLine($"unknown or invalid option '{args[i]}' (terms: at most {Corpus.MaxTerms})\n{Usage}");
            return 2;
    }

    i++;
}

if (pages is null || output is null)
{
    Console.Error.WriteLine(Usage);
    return 2;
}

try
{
    new Corpus { Pages = pages.Value, Terms = terms, Seed = seed }.WriteTo(output);
}
catch (IOException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

Console.WriteLine($"Generated {pages} pages and {terms} glossary terms (seed {seed}) into {output}/");
return 0;
