using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace StatiqSite.Glossary;

/// <summary>
/// Writes a <see cref="GlossaryTermInline"/> as <c>&lt;a class="glossary-term"&gt;</c> around the words as written,
/// with the term's id and plain-text definition for the tooltip script (<c>theme/assets/js/glossary.js</c>).
/// </summary>
public sealed class HtmlGlossaryTermRenderer : HtmlObjectRenderer<GlossaryTermInline>
{
    /// <summary>The class of a term link (the tooltip script and the stylesheet look for it).</summary>
    public const string LinkClass = "glossary-term";

    /// <summary>The attribute holding the term's id on a link.</summary>
    public const string TermAttribute = "data-term";

    /// <summary>The attribute holding the term's plain-text definition on a link, for the tooltip.</summary>
    public const string DefinitionAttribute = "data-definition";

    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, GlossaryTermInline obj)
    {
        renderer.Write("<a href=\"").Write(Attribute(obj.Href))
            .Write("\" class=\"").Write(LinkClass)
            .Write("\" ").Write(TermAttribute).Write("=\"").Write(Attribute(obj.Term.Id))
            .Write("\" ").Write(DefinitionAttribute).Write("=\"").Write(Attribute(obj.Term.DefinitionText))
            .Write("\">");
        renderer.WriteChildren(obj);
        renderer.Write("</a>");
    }

    // Escaped as the pages have always had them (&, " and no-break spaces), so the output did not change when
    // linking moved from the finished HTML onto the syntax tree.
    private static string Attribute(string value) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal).Replace("\u00A0", "&nbsp;", StringComparison.Ordinal);
}
