using System.Collections.Immutable;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using StatiqSite.Content;

namespace StatiqSite.Markdown;

/// <summary>
/// Gives every heading an id folded from its text ("Reële verwachtingen" → "reele-verwachtingen"),
/// numbered "-1", "-2" when repeated, keeping ids written as <c>{#id}</c>. Records the h2/h3 headings
/// (<see cref="Keys.Headings"/>) and every id (<see cref="Keys.Anchors"/>).
/// </summary>
public sealed class AssignHeadingIds : IMarkdownStep
{
    /// <inheritdoc />
    public void Run(MarkdownDocument syntax, MarkdownPage page)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var headings = ImmutableArray.CreateBuilder<Heading>();
        foreach (var heading in syntax.Descendants<HeadingBlock>())
        {
            var text = PlainText.Of(heading.Inline);
            var attributes = heading.GetAttributes();
            var id = attributes.Id ?? Unique(Slug.From(text) is { Length: > 0 } slug ? slug : "sectie", used);
            used.Add(id);
            attributes.Id = id;
            if (heading.Level is 2 or 3)
            {
                headings.Add(new Heading(heading.Level, text, id));
            }
        }

        var anchors = page.Metadata.Get(Keys.Anchors) ?? [];
        page.Metadata = page.Metadata
            .With(Keys.Headings, headings.ToImmutable())
            .With(Keys.Anchors, anchors.Union(used));
    }

    private static string Unique(string id, HashSet<string> used)
    {
        if (!used.Contains(id))
        {
            return id;
        }

        var n = 1;
        while (used.Contains($"{id}-{n}"))
        {
            n++;
        }

        return $"{id}-{n}";
    }
}
