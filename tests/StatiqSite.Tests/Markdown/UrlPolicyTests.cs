using StatiqSite.Markdown;

namespace StatiqSite.Tests.Markdown;

public class UrlPolicyTests
{
    [Theory]
    [InlineData("https://example.org/a?b#c")]
    [InlineData("http://example.org")]
    [InlineData("MAILTO:iemand@example.org")]
    [InlineData("tel:+31201234567")]
    [InlineData("../basis/index.md#kop")]
    [InlineData("#kop")]
    [InlineData("//example.org/x")]
    [InlineData("plaatje.png")]
    [InlineData("javascript")] // a file called so, no scheme
    [InlineData("%6Aavascript:alert(1)")] // a path: '%' cannot start a scheme
    public void Links_that_may_be_used(string url) =>
        Assert.Null(UrlPolicy.Problem(url, UrlPolicy.Link));

    [Theory]
    [InlineData("javascript:alert(1)", "javascript")]
    [InlineData("JaVaScRiPt:alert(1)", "javascript")]
    [InlineData("  javascript:alert(1)", "javascript")]
    [InlineData("\u0001\u0008javascript:alert(1)", "javascript")]
    [InlineData("java\tscript:alert(1)", "javascript")]
    [InlineData("java\nscr\ript:alert(1)", "javascript")]
    [InlineData("vbscript:x", "vbscript")]
    [InlineData("data:text/html,<script>x</script>", "data")]
    [InlineData("data:image/png;base64,AAAA", "data")] // a link, not an image
    [InlineData("file:///etc/passwd", "file")]
    [InlineData("ftp://example.org", "ftp")]
    public void Links_that_may_not_be_used_name_their_scheme(string url, string scheme)
    {
        Assert.Equal(scheme, UrlPolicy.SchemeOf(url));
        Assert.Contains($"uses '{scheme}:', which is not allowed", UrlPolicy.Problem(url, UrlPolicy.Link), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("data:image/png;base64,iVBORw0KGgo=", true)]
    [InlineData("DATA:image/JPEG;base64,AAAA", true)]
    [InlineData("data:image/webp,xx", true)]
    [InlineData("data:image/svg+xml,<svg/>", false)]
    [InlineData("data:image/svg+xml;base64,PHN2Zy8+", false)]
    [InlineData("data:text/html,x", false)]
    [InlineData("javascript:alert(1)", false)]
    public void Images_may_also_be_raster_data_urls(string url, bool allowed) =>
        Assert.Equal(allowed, UrlPolicy.Problem(url, UrlPolicy.Image) is null);

    [Fact]
    public void A_long_url_is_shortened_in_the_message() =>
        Assert.Equal(
            "the link 'data:text/plain,aaaaaaaaaaaaaaaaaaaaaaaa…' uses 'data:', which is not allowed: use http:, https:, mailto:, tel: or a relative path",
            UrlPolicy.Problem("data:text/plain," + new string('a', 100), UrlPolicy.Link));
}
