using System.Collections.Immutable;
using System.Text;
using StatiqSite.Content;
using StatiqSite.Pipeline;

namespace StatiqSite.Modules;

/// <summary>
/// Adds a landing page for every folder that holds pages but has no <c>index.md</c>: a Markdown list of
/// links to its pages and subfolders in navigation order, titled after the folder ("fysieke-afstand" →
/// "Fysieke afstand"). Runs before <see cref="RenderMarkdown"/>, so its links are rewritten like any other.
/// Writes: <see cref="Keys.Generated"/>, <see cref="Keys.Title"/>.
/// </summary>
public sealed class GenerateSectionPages : Module
{
    private const string IndexFile = "index.md";

    /// <inheritdoc />
    protected override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var existing = inputs.Select(d => d.Destination).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var folders = inputs.SelectMany(d => FoldersOf(d.Source!)).Distinct().Order(StringComparer.Ordinal).ToList();
        var generated = new List<Document>();
        foreach (var folder in folders.Where(f => !existing.Contains(f + "/index.html")))
        {
            var index = folder + "/" + IndexFile;
            var destination = PageUrls.DestinationOf(index);
            generated.Add(new Document { Source = index, Destination = destination }
                .With(Keys.Title, TitleOf(folder))
                .With(Keys.Generated, true)
                .With(Keys.Glossary, true)
                .With(Keys.PageUrl, PageUrls.CleanUrlOf(destination)));
        }

        var all = inputs.AddRange(generated);
        // One lookup of every folder's children, so listing them stays linear in the number of pages.
        var children = all.Where(d => ListingFolderOf(d.Source!) is not null).ToLookup(d => ListingFolderOf(d.Source!)!, StringComparer.Ordinal);
        return [.. all.Select(d => d.Get(Keys.Generated) ? d with { Content = ListChildren(d, children[d.Source![..^IndexFile.Length]]) } : d)];
    }

    private static IEnumerable<string> FoldersOf(string source)
    {
        var parts = source.Split('/')[..^1];
        for (var i = 1; i <= parts.Length; i++)
        {
            yield return string.Join('/', parts[..i]);
        }
    }

    private static string TitleOf(string folder)
    {
        var name = folder[(folder.LastIndexOf('/') + 1)..].Replace('-', ' ');
        return name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];
    }

    private static string ListChildren(Document section, IEnumerable<Document> children)
    {
        var folder = section.Source![..^IndexFile.Length];
        var markdown = new StringBuilder();
        foreach (var child in children.Order(NavigationOrder.Instance))
        {
            var relative = child.Source![folder.Length..];
            markdown.Append("- [").Append(Escape(NavigationOrder.LabelOf(child))).Append("](").Append(relative).Append(')');
            if (child.Get(Keys.Description) is { Length: > 0 } description)
            {
                markdown.Append(": ").Append(Escape(description));
            }

            markdown.Append('\n');
        }

        return markdown.ToString();
    }

    /// <summary>
    /// The folder ("a/b/", with its slash) whose landing page lists <paramref name="source"/>: a page is listed in
    /// its own folder, a folder's index in the folder above. Null for the home page, which no folder lists.
    /// </summary>
    internal static string? ListingFolderOf(string source)
    {
        var isIndex = source == IndexFile || source.EndsWith("/" + IndexFile, StringComparison.Ordinal);
        var folder = source[..(source.LastIndexOf('/') + 1)]; // "a/b/" for "a/b/c.md" and "a/b/index.md"
        if (!isIndex)
        {
            return folder;
        }

        return folder.Length == 0 ? null : folder[..(folder.LastIndexOf('/', folder.Length - 2) + 1)];
    }

    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '[' or ']' or '*' or '_' or '`' or '<' or '>' or '#')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
