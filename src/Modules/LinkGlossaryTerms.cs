using System.Collections.Immutable;
using StatiqSite.Content;
using StatiqSite.Glossary;
using StatiqSite.Pipeline;

namespace StatiqSite.Modules;

/// <summary>
/// Links the first occurrence of each glossary term on every page to its entry on the glossary page (see
/// <see cref="TermLinker"/>), in the rendered HTML, before the layout wraps it. Pages with <c>glossary: false</c>
/// and the glossary page itself are left alone. Pages with a term link get the tooltip's script and stylesheet.
/// Reads: <see cref="Keys.Glossary"/>, the glossary of the Glossary pipeline.
/// Writes: the content, <see cref="Keys.TermsUsed"/>, <see cref="Keys.PageAssets"/>.
/// </summary>
public sealed class LinkGlossaryTerms : DocumentModule
{
    /// <summary>The tooltip's stylesheet (a theme asset).</summary>
    public const string Stylesheet = "css/glossary.css";

    /// <summary>The tooltip's script (a theme asset).</summary>
    public const string Script = "js/glossary.js";

    /// <inheritdoc />
    protected override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        var glossary = ReadGlossary.Of(context);
        if (glossary.Terms.IsEmpty || !input.Get(Keys.Glossary, true) || input.Destination == GenerateGlossaryPage.Destination ||
            !input.Destination.EndsWith(".html", StringComparison.Ordinal))
        {
            return [input];
        }

        var href = PageUrls.Relative(input.Destination, GenerateGlossaryPage.Destination);
        var (html, linked) = TermLinker.Link(input.Content, glossary, href);
        if (linked.Count == 0)
        {
            return [input];
        }

        var assets = (input.Get(Keys.PageAssets) ?? ImmutableSortedSet.Create<string>(StringComparer.Ordinal)).Add(Stylesheet).Add(Script);
        return [(input with { Content = html })
            .With(Keys.TermsUsed, linked.Select(i => glossary.Terms[i].Id).ToImmutableArray())
            .With(Keys.PageAssets, assets)];
    }
}
