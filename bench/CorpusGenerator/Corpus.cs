using System.Text;

namespace CorpusGenerator;

/// <summary>
/// Generates a benchmark site: <c>_site.yml</c>, <c>_glossary.yml</c> and the pages of <see cref="SitePlan"/>.
/// Everything comes from one <see cref="Random"/> seeded with <see cref="Seed"/>, used in a fixed order,
/// so a seed always gives byte-identical files.
/// </summary>
public sealed class Corpus
{
    /// <summary>The file that marks a folder as generated, so it may be emptied and generated again.</summary>
    public const string Marker = ".generated-corpus";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Number of pages, the home page and section index pages included.</summary>
    public int Pages { get; init; } = 100;

    /// <summary>Number of glossary terms.</summary>
    public int Terms { get; init; } = 200;

    /// <summary>The seed of the random generator.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>The largest number of terms the vocabulary allows.</summary>
    public static int MaxTerms => GlossaryWriter.MaxTerms;

    /// <summary>The files of the site, input-relative path to text, in a fixed order.</summary>
    public IEnumerable<(string Path, string Text)> Files()
    {
        var text = new TextMaker(new Random(Seed));
        var terms = GlossaryWriter.Terms(Math.Clamp(Terms, 0, MaxTerms), text.Random);
        yield return ("_site.yml", "title: Benchmarksite\ndescription: Een gegenereerde site om de generator te meten.\nlanguage: nl\n" +
            "base_url: https://bench.example.org\nedit_url: https://github.com/OWNER/REPO/edit/main/input/\n");
        yield return ("_glossary.yml", GlossaryWriter.Write(terms, text));
        var pages = SitePlan.Create(Math.Max(1, Pages), text);
        var writer = new PageWriter(text, pages);
        foreach (var page in pages)
        {
            // Every term is used somewhere: page i gets terms i, i + pages, i + 2 × pages, ...
            var pageTerms = Enumerable.Range(0, terms.Count).Where(t => t % pages.Count == page.Index).Select(t => terms[t]).ToList();
            yield return (page.Source, writer.Write(page, pageTerms));
        }
    }

    /// <summary>Writes the site into <paramref name="folder"/>, replacing an earlier generated site there.</summary>
    public void WriteTo(string folder)
    {
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            if (!File.Exists(Path.Combine(folder, Marker)))
            {
                throw new IOException($"{folder} is not empty and was not made by the corpus generator: choose another --out");
            }

            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, Marker), $"pages={Pages} terms={Terms} seed={Seed}\n", Utf8);
        foreach (var (path, text) in Files())
        {
            var full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text, Utf8);
        }
    }
}
