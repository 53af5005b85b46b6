namespace CorpusGenerator;

/// <summary>One page to generate: where it lives, its title, and its headings (planned first so links can target them).</summary>
internal sealed record PagePlan(int Index, string Source, string Title, IReadOnlyList<PlannedHeading> Headings)
{
    /// <summary>The folder of the page ("" for the root), '/'-separated.</summary>
    public string Folder => Source.Contains('/') ? Source[..Source.LastIndexOf('/')] : "";
}

/// <summary>A ## or ### heading with the id the generator will give it.</summary>
internal sealed record PlannedHeading(int Level, string Text, string Id);

/// <summary>
/// The shape of the site: the home page, then folders of about <see cref="FolderSize"/> pages (each with an
/// index.md), the first <see cref="TopSections"/> at the top, the others nested <see cref="Fanout"/> per parent.
/// </summary>
internal static class SitePlan
{
    public const int FolderSize = 20;
    private const int TopSections = 6;
    private const int Fanout = 3;

    public static IReadOnlyList<PagePlan> Create(int pageCount, TextMaker text)
    {
        var folderCount = Math.Max(1, (pageCount - 1 + FolderSize - 1) / FolderSize);
        var folders = new string[folderCount];
        for (var i = 0; i < folderCount; i++)
        {
            var name = $"{Vocabulary.Folders[i % Vocabulary.Folders.Length]}-{i + 1}";
            folders[i] = i < TopSections ? name : folders[(i - TopSections) / Fanout] + "/" + name;
        }

        var sources = new List<string> { "index.md" };
        sources.AddRange(folders.Select(f => f + "/index.md").Take(Math.Max(0, pageCount - 1)));
        for (var n = 0; sources.Count < pageCount; n++)
        {
            var folder = folders[n % folderCount];
            sources.Add($"{folder}/{Vocabulary.Slugs[(n / folderCount) % Vocabulary.Slugs.Length]}-{n / folderCount + 1}.md");
        }

        return [.. sources.Select((source, i) => new PagePlan(i, source, text.Phrase(), Headings(text)))];
    }

    private static List<PlannedHeading> Headings(TextMaker text)
    {
        var headings = new List<PlannedHeading>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var sections = text.Random.Next(3, 6);
        for (var s = 0; s < sections; s++)
        {
            Add(2);
            for (var sub = text.Random.Next(0, 3); sub > 0; sub--)
            {
                Add(3);
            }
        }

        return headings;

        void Add(int level)
        {
            string heading, id;
            do
            {
                heading = text.Phrase();
                id = Slug.From(heading);
            }
            while (!used.Add(id));
            headings.Add(new PlannedHeading(level, heading, id));
        }
    }
}
