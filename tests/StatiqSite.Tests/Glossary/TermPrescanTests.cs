using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StatiqSite.Glossary;

namespace StatiqSite.Tests.Glossary;

/// <summary>
/// The pre-scan may skip a page only when the parsed page really has no term: for HTML whose parsed text does
/// hold one (however the parser joins, moves or decodes it), it must say "maybe".
/// </summary>
public sealed class TermPrescanTests
{
    private static readonly TermMatcher Matcher = CreateMatcher();

    public static TheoryData<string> PagesWithATerm =>
    [
        "<p>Houd professionele afstand.</p>",
        "<p>Houd <em>professionele</em> afstand en burn-out.</p>",
        "<p>Een burn-out.</p>",
        "<p>prof</span>essionele afstand</p>",
        "<p>x</p><p>professionele</b> afstand</p>",
        "<p>a </em>burn</b>-out</p>",
        "<p>professionele&#32;afstand</p>",
        "<p>prof&eacute;ssionele afstand</p>",
        "<p>professionele <table> afstand<tr><td>x</td></tr></table></p>",
        "<p>burn<table><tr><td>x</td></tr>-out</table></p>",
        "<p>burn\0-out</p>",
        "<title>burn-out</title>",
        "<svg><![CDATA[burn-out]]></svg>",
        "<p>BURN-OUT</p>",
        "<p>burn‑out</p>",
        "<p title=\"a>b\">burn-out</p>",
        "<!-- x > -->burn-out",
        "<a>x<a>y</a>burn</a>-out",
        "<table><tr><td>burn-out</td></tr></table>",
        "<textarea>x</textarea>burn-out",
        "<textarea></textareax>x</textarea>burn-out",
        "<p a=\"x>y\" b='>'>burn-out</p>",
        "<p b/=\"x>burn-out\">q</p>",
        "<p =\"x>burn-out\">q</p>",
        "<p>burn</>-out</p>",
        "<p>burn</span><body>-out</p>",
        "<form><p>burn</em><form>-out</p></form>",
        "<p>x</p>professionele</div>\nafstand",
    ];

    [Theory]
    [MemberData(nameof(PagesWithATerm))]
    public void A_page_whose_parsed_text_has_a_term_is_never_skipped(string html)
    {
        Assert.True(HasTermAfterParsing(html), "the case itself must hold a term once parsed");
        Assert.True(TermPrescan.MayContainTerm(html, Matcher));
    }

    [Theory]
    [InlineData("<p>Houd afstand, professioneel.</p>")]
    [InlineData("<p>Een burn in de <code>out</code> put.</p>")]
    [InlineData("<p title=\"burn-out\">afstand</p><!-- burn-out -->")]
    [InlineData("<p>burn</span></label><div>out</div></p>")]
    [InlineData("<p>burnout &amp; &quot;afstand&quot;</p><table>\n<tr>\n<td>a</td>\n</tr>\n</table>")]
    public void A_page_without_the_words_of_a_term_is_skipped(string html)
    {
        Assert.False(HasTermAfterParsing(html));
        Assert.False(TermPrescan.MayContainTerm(html, Matcher));
    }

    private static TermMatcher CreateMatcher()
    {
        var matcher = new TermMatcher();
        matcher.Add(WordTokenizer.Normalize("professionele afstand"), 0);
        matcher.Add(WordTokenizer.Normalize("burn-out"), 1);
        return matcher;
    }

    private static bool HasTermAfterParsing(string html)
    {
        var document = new HtmlParser().ParseDocument("");
        document.Body!.InnerHtml = html;
        return document.Descendants<IText>().Any(t => Matcher.Matches(t.Data).Count > 0);
    }
}
