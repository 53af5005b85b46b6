// Glossary matcher benchmark: one 2,000-word Dutch page, glossaries of N generated terms (each with its Dutch
// forms), the time the matcher takes over the page's text (what LinkGlossaryTerms runs on a page's literals). The
// matcher is built once per glossary (as in a build) and timed apart.
// Run: dotnet run -c Release --project bench/GlossaryBench
using System.Diagnostics;
using System.Globalization;
using System.Text;
using StatiqSite.Glossary;
using StatiqSite.Pipeline;

const int PageWords = 2000;
const int Runs = 200;
string[] filler =
[
    "de", "het", "een", "en", "van", "in", "op", "met", "voor", "niet", "is", "je", "dat", "die", "wat", "hij", "zij",
    "cliënt", "collega", "werk", "gesprek", "gevoel", "situatie", "afspraak", "hulp", "rust", "tijd", "vraag",
    "luistert", "benoemt", "houdt", "vraagt", "zegt", "blijft", "helpt", "denkt", "merkt", "kiest", "leert",
    "goed", "rustig", "duidelijk", "eerlijk", "lastig", "zwaar", "open", "dichtbij", "samen", "zelf", "vaak",
];
string[] syllables = ["ka", "lo", "mer", "ting", "vo", "ren", "de", "stra", "pel", "zu", "bri", "gon", "tal", "wes", "ni", "dor"];

var random = new Random(20261129);
foreach (var count in new[] { 10, 100, 1000 })
{
    var terms = MakeTerms(count);
    var yaml = new StringBuilder();
    foreach (var term in terms)
    {
        yaml.Append("- term: ").Append(term).Append("\n  definition: Uitleg van ").Append(term).Append(".\n");
    }

    var diagnostics = new DiagnosticBag();
    var build = Stopwatch.StartNew();
    var glossary = GlossaryChecks.Build(GlossaryReader.Read(yaml.ToString(), diagnostics), diagnostics);
    build.Stop();
    var html = MakePage(terms);
    var text = System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", " ");
    for (var i = 0; i < Runs; i++)
    {
        glossary.Matcher.Matches(text); // warm-up: JIT tiers
    }

    var scans = new double[Runs];
    for (var i = 0; i < Runs; i++)
    {
        var watch = Stopwatch.StartNew();
        glossary.Matcher.Matches(text);
        scans[i] = watch.Elapsed.TotalMilliseconds;
    }

    Array.Sort(scans);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{count,5} terms ({glossary.Matcher.Count,6} forms, built in {build.Elapsed.TotalMilliseconds,6:F1} ms): " +
        $"matcher scan min {scans[0]:F3} / median {scans[Runs / 2]:F3} ms; {glossary.Matcher.Matches(text).Count} matches"));
}

List<string> MakeTerms(int count)
{
    var terms = new SortedSet<string>(StringComparer.Ordinal);
    while (terms.Count < count)
    {
        var word = string.Concat(Enumerable.Range(0, 3).Select(_ => syllables[random.Next(syllables.Length)]));
        terms.Add(random.Next(5) == 0 ? "goede " + word : word);
    }

    return [.. terms];
}

string MakePage(List<string> terms)
{
    var page = new StringBuilder("<h2>Een pagina</h2>\n<p>");
    for (var i = 1; i <= PageWords; i++)
    {
        // One word in ten is (the last word of) a term, some in the plural, so the matcher has work to do.
        var word = random.Next(10) == 0 ? terms[random.Next(terms.Count)].Split(' ')[^1] + (random.Next(3) == 0 ? "en" : "") : filler[random.Next(filler.Length)];
        page.Append(word).Append(i % 15 == 0 ? ". " : " ");
        if (i % 120 == 0)
        {
            page.Append("</p>\n<p>");
        }
    }

    return page.Append("</p>\n").ToString();
}
