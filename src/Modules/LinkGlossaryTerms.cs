using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
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
/// Remembers each page's result while the page and the glossary stay the same, so a rebuild in the preview links
/// only the pages that changed.
/// </summary>
public sealed class LinkGlossaryTerms : DocumentModule
{
    /// <summary>The tooltip's stylesheet (a theme asset).</summary>
    public const string Stylesheet = "css/glossary.css";

    /// <summary>The tooltip's script (a theme asset).</summary>
    public const string Script = "js/glossary.js";

    private readonly DocumentCache _cache = new();

    // One fingerprint per glossary (one per build), not per page.
    private readonly ConditionalWeakTable<GlossaryTerms, string> _fingerprints = new();

    /// <inheritdoc />
    protected override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        var glossary = ReadGlossary.Of(context);
        var shared = context.Settings.Incremental ? _fingerprints.GetValue(glossary, Fingerprint) : "";
        return _cache.GetOrAdd(input, context, (document, _) => Link(document, glossary), shared);
    }

    /// <summary>A hash of the terms: the matcher and the links are made from them alone.</summary>
    private static string Fingerprint(GlossaryTerms glossary) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(DocumentCache.Fingerprint(glossary.Terms) ?? Guid.NewGuid().ToString())));

    private static IEnumerable<Document> Link(Document input, GlossaryTerms glossary)
    {
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
