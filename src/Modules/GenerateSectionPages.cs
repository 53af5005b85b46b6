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
    /// <inheritdoc />
    protected override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var existing = inputs.Select(d => d.Destination).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var folders = inputs.SelectMany(d => FoldersOf(d.Source!)).Distinct().Order(StringComparer.Ordinal).ToList();
        var generated = new List<Document>();
        foreach (var folder in folders.Where(f => !existing.Contains(f + "/index.html")))
        {
            var index = folder + "/index.md";
            var destination = PageUrls.DestinationOf(index);
            generated.Add(new Document { Source = index, Destination = destination }
                .With(Keys.Title, TitleOf(folder))
                .With(Keys.Generated, true)
                .With(Keys.Glossary, true)
                .With(Keys.PageUrl, PageUrls.CleanUrlOf(destination)));
        }

        var all = inputs.AddRange(generated);
        return [.. all.Select(d => d.Get(Keys.Generated) ? d with { Content = ListChildren(d, all) } : d)];
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

    private static string ListChildren(Document section, ImmutableArray<Document> all)
    {
        var folder = section.Source![..^"index.md".Length];
        var children = all.Where(d => d != section && IsChildOf(d.Source!, folder)).Order(NavigationOrder.Instance);
        var markdown = new StringBuilder();
        foreach (var child in children)
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

    /// <summary>Whether <paramref name="source"/> is a page directly in <paramref name="folder"/> or a subfolder's index.</summary>
    private static bool IsChildOf(string source, string folder)
    {
        if (!source.StartsWith(folder, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = source[folder.Length..].Split('/');
        return rest.Length == 1 ? rest[0] != "index.md" : rest.Length == 2 && rest[1] == "index.md";
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
