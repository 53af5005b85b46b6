using System.Text;

namespace CorpusGenerator;

/// <summary>
/// Writes one page in the authoring format: front matter, 600–1,200 words of text under ## and ### headings,
/// a list, a numbered list, a table, 3–5 links to other pages (some to a heading's anchor) and a quiz block.
/// </summary>
internal sealed class PageWriter(TextMaker text, IReadOnlyList<PagePlan> pages)
{
    private readonly ILookup<string, PagePlan> _byFolder = pages.ToLookup(p => p.Folder, StringComparer.Ordinal);

    public string Write(PagePlan page, IReadOnlyList<string> terms)
    {
        var random = text.Random;
        var markdown = new StringBuilder();
        markdown.Append("---\n")
            .Append("title: ").Append(page.Title).Append('\n')
            .Append("description: ").Append(text.Sentence()).Append('\n')
            .Append("order: ").Append(random.Next(1, 100)).Append('\n')
            .Append("---\n\n");

        var blocks = page.Headings.Count + 1;
        // The budget leaves room for what the blocks add (lists, tables, links, overshoot of the last sentence).
        var budget = random.Next(600, 1201) * 3 / 4 / blocks;
        var links = new Queue<string>(Links(page, random.Next(3, 6)));
        var termQueue = new Queue<string>(terms);
        for (var block = 0; block < blocks; block++)
        {
            if (block > 0)
            {
                var heading = page.Headings[block - 1];
                markdown.Append(new string('#', heading.Level)).Append(' ').Append(heading.Text).Append("\n\n");
            }

            var paragraph = text.Paragraph(budget * 2 / 3, termQueue.Count > 0 ? [termQueue.Dequeue()] : []);
            markdown.Append(paragraph);
            if (links.Count > 0)
            {
                markdown.Append(" Lees ook ").Append(links.Dequeue()).Append('.');
            }

            markdown.Append("\n\n");
            markdown.Append(Extra(block, budget / 3)).Append("\n\n");
        }

        foreach (var term in termQueue)
        {
            markdown.Append(text.Sentence(term)).Append("\n\n");
        }

        while (links.Count > 0)
        {
            markdown.Append("Zie ook ").Append(links.Dequeue()).Append(".\n\n");
        }

        markdown.Append(QuizBlock.Write(page.Index, text));
        return markdown.ToString();
    }

    /// <summary>After each paragraph: another paragraph, a list, a numbered list or a table, in turn.</summary>
    private string Extra(int block, int wordBudget) => (block % 4) switch
    {
        1 => string.Join('\n', Enumerable.Range(0, 4).Select(_ => "- " + text.Clause())),
        2 => string.Join('\n', Enumerable.Range(1, 3).Select(i => $"{i}. {text.Clause()}")),
        3 => "| Situatie | Reactie | Waarom |\n| --- | --- | --- |\n" +
             string.Join('\n', Enumerable.Range(0, 3).Select(_ => $"| {text.Clause()} | {text.Clause()} | {text.Clause()} |")),
        _ => text.Paragraph(wordBudget, []),
    };

    /// <summary>Links to other pages, half of them in the same folder, some to an anchor of the target.</summary>
    private IEnumerable<string> Links(PagePlan from, int count)
    {
        var random = text.Random;
        var neighbours = _byFolder[from.Folder].Where(p => p != from).ToList();
        for (var i = 0; i < count && pages.Count > 1; i++)
        {
            PagePlan target;
            do
            {
                target = i % 2 == 0 && neighbours.Count > 0 ? neighbours[random.Next(neighbours.Count)] : pages[random.Next(pages.Count)];
            }
            while (target == from);

            var anchor = random.Next(5) < 2 ? "#" + target.Headings[random.Next(target.Headings.Count)].Id : "";
            yield return $"[{target.Title}]({Relative(from.Source, target.Source)}{anchor})";
        }
    }

    /// <summary>The link from one Markdown file to another, as on GitHub: "../grenzen-2/index.md".</summary>
    private static string Relative(string from, string to)
    {
        var fromParts = from.Split('/')[..^1];
        var toParts = to.Split('/');
        var common = 0;
        while (common < fromParts.Length && common < toParts.Length - 1 && fromParts[common] == toParts[common])
        {
            common++;
        }

        return string.Concat(Enumerable.Repeat("../", fromParts.Length - common)) + string.Join('/', toParts[common..]);
    }
}
