using System.Xml.Linq;
using StatiqSite.Export;

namespace StatiqSite.Tests.Export;

/// <summary>HTML of quiz texts becomes QTI's XHTML subset in the QTI namespace.</summary>
public sealed class QtiHtmlTests
{
    private static string Convert(string html) =>
        string.Concat(new XElement("root", QtiHtml.Nodes(html)).Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));

    [Theory]
    [InlineData("<p>a <em>b</em></p>", "<p xmlns=\"http://www.imsglobal.org/xsd/imsqti_v2p1\">a <em>b</em></p>")]
    [InlineData("<p><del>weg</del> en <mark>x</mark></p>", "<p xmlns=\"http://www.imsglobal.org/xsd/imsqti_v2p1\">weg en x</p>")]
    [InlineData("<a href=\"https://x.nl/\" title=\"t\" rel=\"r\">x</a>", "<a href=\"https://x.nl/\" xmlns=\"http://www.imsglobal.org/xsd/imsqti_v2p1\">x</a>")]
    [InlineData("<img src=\"a.png\" alt=\"A\" id=\"i\" />", "<img src=\"a.png\" alt=\"A\" xmlns=\"http://www.imsglobal.org/xsd/imsqti_v2p1\" />")]
    [InlineData("a &lt;b&gt; &amp; &quot;", "a &lt;b&gt; &amp; \"")]
    [InlineData("<p>niet gesloten", "&lt;p&gt;niet gesloten")]
    public void Keeps_qtis_elements_and_attributes_and_unwraps_the_rest(string html, string qti) =>
        Assert.Equal(qti, Convert(html));
}
