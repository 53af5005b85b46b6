using System.Collections.Immutable;
using StatiqSite.Content;
using StatiqSite.Pipeline;

namespace StatiqSite.Glossary;

/// <summary>
/// Adds the glossary page <c>begrippen/index.html</c> to the pages when the glossary has terms, so it takes part
/// in navigation, the sitemap and link checks like any page. Its body is written later, by
/// <see cref="RenderGlossaryPage"/>, once every page's term links are known.
/// Writes: <see cref="Keys.Title"/>, <see cref="Keys.Description"/>, <see cref="Keys.PageUrl"/>,
/// <see cref="Keys.Anchors"/> (term ids), <see cref="Keys.Glossary"/> (false: the page links no terms).
/// </summary>
public sealed class GenerateGlossaryPage : Module
{
    /// <summary>Where the glossary page is written.</summary>
    public const string Destination = "begrippen/index.html";

    /// <summary>The page's title.</summary>
    public const string Title = "Begrippen";

    /// <inheritdoc />
    protected override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var glossary = context.Glossary();
        if (glossary.Terms.IsEmpty)
        {
            return inputs;
        }

        var anchors = glossary.Terms.Select(t => t.Id)
            .Concat(GlossaryPageHtml.Alphabet.Append('#').Select(GlossaryPageHtml.LetterId));
        return inputs.Add(new Document { Source = GlossaryYaml.FileName, Destination = Destination }
            .With(Keys.Title, Title)
            .With(Keys.Description, "De begrippen van deze site met hun betekenis, gedragsindicatoren en de pagina's waar ze voorkomen.")
            .With(Keys.PageUrl, PageUrls.CleanUrlOf(Destination))
            .With(Keys.Anchors, anchors.ToImmutableHashSet(StringComparer.Ordinal))
            .With(Keys.Glossary, false)
            .With(Keys.PageAssets, ImmutableSortedSet.Create(StringComparer.Ordinal, LinkGlossaryTerms.Stylesheet)));
    }
}
