using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace StatiqSite.Content;

/// <summary>
/// Parses a page's body HTML (what <c>RenderMarkdown</c> made of it) into a DOM, for the modules that work on the
/// rendered page: glossary linking and search extraction.
/// </summary>
public static class PageBody
{
    // One parser per thread: pages are handled in parallel, and AngleSharp's maintainers say a parser (bound to its
    // browsing context) is not thread-safe (AngleSharp issues #880, #1151); making one costs more than a page.
    private static readonly ThreadLocal<HtmlParser> Parser = new(() => new HtmlParser());

    /// <summary>
    /// The <c>body</c> element of a document holding <paramref name="html"/>. Parsed as a whole document rather than
    /// set as the body's inner HTML: the same tree, in about half the time (AngleSharp's fragment parsing sets up a
    /// second document for every call).
    /// </summary>
    public static IElement Parse(string html) =>
        Parser.Value!.ParseDocument("<!DOCTYPE html><html><head></head><body>" + html).Body!;
}
