using System.Collections.Immutable;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StatiqSite.Content;
using StatiqSite.Markdown;

namespace StatiqSite.Glossary;

/// <summary>
/// Links the first occurrence of each glossary term on a page to its entry on the glossary page: a step on the
/// page's syntax tree, the way Markdig's abbreviation extension works. It reads the text of the page's literal
/// inlines with the build's <see cref="TermMatcher"/> (whole words, case-insensitive, longest match first, Dutch
/// forms) and wraps the words found in a <see cref="GlossaryTermInline"/>. Prose only: never headings, links,
/// code, quiz blocks, or raw HTML (neither HTML blocks nor text between inline HTML tags). Pages with
/// <c>glossary: false</c> are left alone. Reads: <see cref="Keys.Glossary"/>, the glossary
/// (<see cref="GlossaryContext.Glossary"/>). Writes: <see cref="GlossaryKeys.TermsUsed"/>, and adds the tooltip's
/// stylesheet and script to <see cref="Keys.PageAssets"/> when it linked a term.
/// </summary>
/// <param name="glossaryPage">The glossary page's destination, which the links point at.</param>
public sealed class LinkGlossaryTerms(string glossaryPage) : IMarkdownStep
{
    /// <summary>The tooltip's stylesheet (a theme asset).</summary>
    public const string Stylesheet = "css/glossary.css";

    /// <summary>The tooltip's script (a theme asset).</summary>
    public const string Script = "js/glossary.js";

    // Elements without an end tag: an inline <br> or <img> opens nothing.
    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    /// <inheritdoc />
    public void Run(MarkdownDocument syntax, MarkdownPage page)
    {
        var glossary = page.Context?.Glossary() ?? GlossaryTerms.Empty;
        if (glossary.Terms.IsEmpty || !page.Metadata.Get(Keys.Glossary, true))
        {
            return;
        }

        var linker = new TermRuns(glossary, PageUrls.Relative(page.Document.Destination, glossaryPage));
        linker.LinkIn(syntax);
        if (linker.Linked.Count == 0)
        {
            return;
        }

        var assets = (page.Metadata.Get(Keys.PageAssets) ?? ImmutableSortedSet.Create<string>(StringComparer.Ordinal)).Add(Stylesheet).Add(Script);
        page.Metadata = page.Metadata
            .With(GlossaryKeys.TermsUsed, [.. linker.Linked.Select(i => glossary.Terms[i].Id)])
            .With(Keys.PageAssets, assets);
    }

    /// <summary>Walks the blocks of a page in document order, handing each run of prose text to <see cref="TermRuns"/>.</summary>
    private sealed class TermRuns(GlossaryTerms glossary, string glossaryHref)
    {
        private readonly HashSet<int> _seen = [];

        public List<int> Linked { get; } = [];

        public void LinkIn(ContainerBlock container)
        {
            foreach (var block in container)
            {
                switch (block)
                {
                    case HeadingBlock:
                        break;
                    case LeafBlock { Inline: { } inline }:
                        LinkIn(inline);
                        break;
                    case ContainerBlock inner:
                        LinkIn(inner);
                        break;
                }
            }
        }

        /// <summary>
        /// Links in the runs of text of <paramref name="container"/>: neighbouring literals, entities and soft line
        /// breaks, which a reader reads as one text ("professionele" at the end of a line, "afstand" on the next).
        /// </summary>
        private void LinkIn(ContainerInline container)
        {
            var run = new List<Inline>();
            var rawDepth = 0; // elements opened by inline HTML and not yet closed: their text is not linked
            foreach (var child in container.ToList())
            {
                if (child is LiteralInline or HtmlEntityInline or LineBreakInline { IsHard: false })
                {
                    if (rawDepth == 0)
                    {
                        run.Add(child);
                    }

                    continue;
                }

                LinkRun(run);
                run.Clear();
                if (child is HtmlInline html)
                {
                    rawDepth = Math.Max(0, rawDepth + DepthChange(html.Tag));
                }
                else if (child is ContainerInline inner and not LinkInline && rawDepth == 0)
                {
                    LinkIn(inner);
                }
            }

            LinkRun(run);
        }

        private void LinkRun(List<Inline> run)
        {
            if (!run.Exists(i => i is LiteralInline))
            {
                return;
            }

            var text = new TermText(run);
            var accepted = new List<TermMatch>();
            foreach (var match in glossary.Matcher.Matches(text.Value))
            {
                if (!_seen.Contains(match.Term) && text.CanSplitAt(match.Start) && text.CanSplitAt(match.End))
                {
                    _seen.Add(match.Term);
                    accepted.Add(match);
                }
            }

            // From the last to the first: a split shortens a literal at its end, so earlier offsets stay true.
            foreach (var match in Enumerable.Reverse(accepted))
            {
                var term = glossary.Terms[match.Term];
                var link = new GlossaryTermInline(term, glossaryHref + "#" + term.Id);
                var words = text.Cut(match.Start, match.End);
                words[0].InsertBefore(link);
                foreach (var word in words)
                {
                    word.Remove();
                    link.AppendChild(word);
                }
            }

            Linked.AddRange(accepted.Select(m => m.Term));
        }

        /// <summary>+1 for a start tag of an element with content, -1 for an end tag, 0 for anything else.</summary>
        private static int DepthChange(string tag)
        {
            if (tag.StartsWith("</", StringComparison.Ordinal))
            {
                return -1;
            }

            var name = new string([.. tag.Skip(1).TakeWhile(char.IsAsciiLetterOrDigit)]);
            return name.Length == 0 || tag.EndsWith("/>", StringComparison.Ordinal) || VoidElements.Contains(name) ? 0 : 1;
        }
    }
}
