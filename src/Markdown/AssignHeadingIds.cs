using System.Collections.Immutable;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using StatiqSite.Content;

namespace StatiqSite.Markdown;

/// <summary>
/// Gives every heading the id GitHub's Markdown view gives it (<see cref="HeadingSlug"/>: "Advies aan cliënten" →
/// "advies-aan-cliënten"), numbered "-1", "-2" when repeated as GitHub numbers them, or the id written as
/// <c>{#id}</c>. A written id the layout already uses, or one written twice, is an error at its heading.
/// Records the h2/h3 headings (<see cref="Keys.Headings"/>) and every id (<see cref="Keys.Anchors"/>).
/// </summary>
public sealed class AssignHeadingIds : IMarkdownStep
{
    /// <summary>
    /// The ids theme/layouts and theme/partials put on every page (skip-link target, navigation, search): a
    /// heading may not take them. A test keeps this list equal to the theme's.
    /// </summary>
    public static readonly ImmutableSortedSet<string> LayoutIds =
        ImmutableSortedSet.Create(StringComparer.Ordinal, "inhoud", "navigatie", "toc-titel", "zoekhulp", "zoekresultaten", "zoekveld");

    private const string EmptyHeadingId = "sectie";

    /// <inheritdoc />
    public void Run(MarkdownDocument syntax, MarkdownPage page)
    {
        var all = syntax.Descendants<HeadingBlock>().ToList();
        var written = WrittenIds(all, page);
        // Like github-slugger: each base id counts its repeats, and a numbered id already taken is skipped, so
        // the work is linear in the number of headings.
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in LayoutIds.Concat(written.Keys))
        {
            occurrences[id] = 0;
        }

        var headings = ImmutableArray.CreateBuilder<Heading>();
        foreach (var heading in all)
        {
            var text = PlainText.Of(heading.Inline);
            var attributes = heading.GetAttributes();
            attributes.Id ??= Unique(HeadingSlug.From(text) is { Length: > 0 } slug ? slug : EmptyHeadingId, occurrences);
            if (heading.Level is 2 or 3)
            {
                headings.Add(new Heading(heading.Level, text, attributes.Id));
            }
        }

        var ids = all.Select(h => h.GetAttributes().Id!);
        page.Metadata = page.Metadata
            .With(Keys.Headings, headings.ToImmutable())
            .With(Keys.Anchors, (page.Metadata.Get(Keys.Anchors) ?? []).Union(ids));
    }

    /// <summary>The ids written as <c>{#id}</c>, each with its heading; reports layout ids and repeats.</summary>
    private static Dictionary<string, HeadingBlock> WrittenIds(List<HeadingBlock> headings, MarkdownPage page)
    {
        var written = new Dictionary<string, HeadingBlock>(StringComparer.Ordinal);
        foreach (var heading in headings)
        {
            if (heading.TryGetAttributes()?.Id is not { } id)
            {
                continue;
            }

            if (LayoutIds.Contains(id))
            {
                page.Error(heading.Line, heading.Column, $"the heading id '{id}' is already used by the page layout (theme/): choose another id in {{#...}}");
            }
            else if (!written.TryAdd(id, heading))
            {
                page.Error(heading.Line, heading.Column, $"the heading id '{id}' is already used by the heading on line {page.FileLine(written[id].Line)}: give each heading its own id");
            }
        }

        return written;
    }

    private static string Unique(string id, Dictionary<string, int> occurrences)
    {
        var result = id;
        while (occurrences.ContainsKey(result))
        {
            occurrences[id] = occurrences.GetValueOrDefault(id) + 1;
            result = $"{id}-{occurrences[id]}";
        }

        occurrences[result] = 0;
        return result;
    }
}
