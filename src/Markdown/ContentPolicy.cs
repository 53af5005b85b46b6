using AngleSharp.Html.Parser.Tokens;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StatiqSite.Markdown;

/// <summary>
/// What Markdown may put in a page, wherever it is rendered (pages, quiz texts, glossary definitions): URLs by
/// <see cref="UrlPolicy"/>; in raw HTML no element that runs code, embeds or restyles the page and no event-handler
/// or <c>style</c> attribute (the site's Content-Security-Policy would block them anyway, silently); attribute syntax
/// (<c>{...}</c>) sets <c>id</c> and <c>class</c> only.
/// </summary>
public static class ContentPolicy
{
    /// <summary>Elements raw HTML may not contain.</summary>
    public static readonly IReadOnlySet<string> ForbiddenElements = new HashSet<string>(StringComparer.Ordinal)
    {
        "script", "iframe", "object", "embed", "style", "applet", "frame", "frameset", "base", "meta", "link",
    };

    /// <summary>Attributes whose value is a URL, checked in raw HTML.</summary>
    private static readonly HashSet<string> UrlAttributes = new(StringComparer.Ordinal)
    {
        "href", "src", "action", "formaction", "poster", "cite", "data", "background", "xlink:href", "srcset",
    };

    /// <summary>A problem at a 0-based line and column of the Markdown text.</summary>
    public sealed record Problem(int Line, int Column, string Message);

    /// <summary>Every problem in <paramref name="syntax"/>, in document order.</summary>
    public static IEnumerable<Problem> Check(MarkdownDocument syntax)
    {
        foreach (var node in syntax.Descendants())
        {
            foreach (var problem in Check(node))
            {
                yield return problem;
            }
        }
    }

    private static IEnumerable<Problem> Check(MarkdownObject node)
    {
        if (node.TryGetAttributes() is { Properties: { Count: > 0 } properties })
        {
            foreach (var (name, _) in properties)
            {
                yield return new Problem(node.Line, node.Column, $"the attribute '{name}' cannot be set with {{...}}: only an id ({{#id}}) and classes ({{.class}}) can");
            }
        }

        var (url, what) = node switch
        {
            LinkInline link => (link.Url, link.IsImage ? UrlPolicy.Image : UrlPolicy.Link),
            AutolinkInline autolink => (autolink.Url, UrlPolicy.Link),
            _ => (null, UrlPolicy.Link),
        };
        if (url is not null && UrlPolicy.Problem(url, what) is { } message)
        {
            yield return new Problem(node.Line, node.Column, message);
        }

        if (RawHtml.Of(node) is var (html, lines))
        {
            foreach (var tag in RawHtml.StartTags(html))
            {
                foreach (var problem in CheckTag(tag.Token, lines))
                {
                    yield return problem;
                }
            }
        }
    }

    private static IEnumerable<Problem> CheckTag(HtmlTagToken tag, IReadOnlyList<(int Line, int Column)> lines)
    {
        if (ForbiddenElements.Contains(tag.Name))
        {
            var (line, column) = RawHtml.PlaceOf(tag.Position, lines);
            yield return new Problem(line, column, $"<{tag.Name}> is not allowed in a page: the site runs no scripts, styles or embedded pages from content; remove it");
        }

        foreach (var attribute in tag.Attributes)
        {
            var (line, column) = RawHtml.PlaceOf(attribute.Position, lines);
            var name = attribute.Name.ToLowerInvariant();
            if (name.StartsWith("on", StringComparison.Ordinal))
            {
                yield return new Problem(line, column, $"the event-handler attribute '{attribute.Name}' is not allowed: the site runs no scripts from content; remove it");
            }
            else if (name == "style")
            {
                yield return new Problem(line, column, "a 'style' attribute is blocked by the site's Content-Security-Policy: use a class, or remove it");
            }
            else if (UrlAttributes.Contains(name) && UrlPolicy.Problem(CheckedUrl(name, attribute.Value), tag.Name == "img" ? UrlPolicy.Image : UrlPolicy.Link) is { } message)
            {
                yield return new Problem(line, column, message);
            }
        }
    }

    // srcset is a comma-separated list of "url descriptor": the first that is not http(s) is the one to check.
    private static string CheckedUrl(string name, string value) =>
        name == "srcset"
            ? value.Split(',').Select(c => c.Trim().Split(' ')[0]).FirstOrDefault(u => UrlPolicy.SchemeOf(u) is not null and not ("http" or "https")) ?? ""
            : value;
}
