using Markdig.Syntax.Inlines;

namespace StatiqSite.Glossary;

/// <summary>
/// A glossary term found in a page's text: holds the inlines the words were written with (a literal, or several
/// across a line break), rendered as a link to the term's entry by <see cref="HtmlGlossaryTermRenderer"/>.
/// Made by <see cref="LinkGlossaryTerms"/>, the way Markdig's abbreviation extension makes its nodes.
/// </summary>
/// <param name="term">The term linked.</param>
/// <param name="href">The link from the page to the term's entry on the glossary page.</param>
public sealed class GlossaryTermInline(GlossaryTerm term, string href) : ContainerInline
{
    /// <summary>The term linked.</summary>
    public GlossaryTerm Term { get; } = term;

    /// <summary>The link from the page to the term's entry, anchor included.</summary>
    public string Href { get; } = href;
}
