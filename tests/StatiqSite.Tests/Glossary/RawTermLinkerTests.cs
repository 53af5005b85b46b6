using CorpusGenerator;
using StatiqSite.Build;
using StatiqSite.Content;
using StatiqSite.Glossary;
using StatiqSite.Pipeline;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Glossary;

/// <summary>
/// The fast way of linking (<see cref="RawTermLinker"/>, on the HTML as written) against the DOM way
/// (<see cref="TermLinker.LinkInDom"/>): on every page body it does not decline, both must link the same terms and
/// give HTML that parses to the same tree. And it must not decline what Markdig writes, or it would be no use.
/// </summary>
public class RawTermLinkerTests
{
    private const string Href = "../begrippen/index.html";

    private static readonly GlossaryTerms Glossary = GlossaryChecks.Build(GlossaryReader.Read(
        """
        - term: Empathie
          definition: Je inleven in wat een "ander" voelt & denkt.
        - term: Professionele afstand
          aliases: [afstand]
          definition: Betrokken blijven zonder de grens kwijt te raken.
        - term: Grens
          definition: Waar jouw rol ophoudt.
        """, new DiagnosticBag()), new DiagnosticBag());

    public static TheoryData<string> Snippets =>
    [
        "<p>Empathie is goed, empathie ook.</p>\n",
        "<h2 id=\"x\">Empathie</h2>\n<p>Over <strong>professionele</strong> afstand en <em>empathie</em>.</p>\n",
        "<p>Zie <a href=\"a.html\">empathie</a>, dan empathie &amp; een grens.</p>\n",
        "<ul>\n<li>Een grens<ul>\n<li>empathie</li>\n</ul>\n</li>\n<li>afstand</li>\n</ul>\n",
        "<table>\n<thead>\n<tr>\n<th>Grens</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>empathie</td>\n</tr>\n</tbody>\n</table>\n",
        "<div class=\"quiz\" data-quiz=\"q1\"><p>Empathie?</p></div>\n<p>Wel empathie.</p>\n",
        "<p>Code: <code>empathie</code>, <kbd>grens</kbd>; tekst &lt;empathie&gt; &quot;grens&quot;.</p>\n",
        "<p>Een<br />grens<!-- empathie --> en empathie.</p>\n",
        "<dl>\n<dt>Grens</dt>\n<dd>empathie</dd>\n</dl>\n",
        // Declined: the DOM way must still give the right links.
        "<p>Empathie &nbsp; en een grens.</p>\n",
        "<p>Een <b>grens<i> en</b> empathie</i>.</p>\n",
        "<table><tr>empathie<td>grens</td></tr></table>\n",
        "<p>Een grens<p>en empathie</p>\n",
        "<h2>Empathie<h3>grens</h3> en afstand</h2>\n",
        "<textarea>empathie</textarea><p>grens</p>\n",
    ];

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Snippets_link_as_in_the_dom(string html) => AssertSameAsDom(html);

    [Fact]
    public void Markdig_output_is_linked_the_fast_way()
    {
        Assert.True(RawTermLinker.TryLink("<p>Over empathie.</p>\n<ol>\n<li><p>Een grens</p>\n</li>\n</ol>\n", Glossary, Href, out _, out var linked));
        Assert.Equal(2, linked.Count);
        Assert.False(RawTermLinker.TryLink("<p>Empathie &nbsp; en een grens.</p>\n", Glossary, Href, out _, out _));
    }

    [Fact]
    public async Task Every_page_of_a_generated_site_links_the_fast_way_as_in_the_dom()
    {
        using var site = new TestSite(withSettings: false);
        new Corpus { Pages = 30, Terms = 40, Seed = 3 }.WriteTo(site.InputDirectory);
        var (bodies, glossary) = await BodiesAsync(site.Settings());

        Assert.All(bodies, body => Assert.True(AssertSameAsDom(body, glossary), "declined a generated page"));
    }

    [Fact]
    public async Task Every_page_of_the_real_site_links_as_in_the_dom()
    {
        var settings = new BuildSettings { InputDirectory = Repository.Input, ThemeDirectory = Repository.Theme, OutputDirectory = "unused", DryRun = true };
        var (bodies, glossary) = await BodiesAsync(settings);

        Assert.NotEmpty(bodies);
        var fast = bodies.Count(body => AssertSameAsDom(body, glossary));
        Assert.True(fast == bodies.Count, $"{bodies.Count - fast} of {bodies.Count} pages of input/ were declined");
    }

    /// <summary>Asserts the fast way, where it does not decline, equals the DOM way; returns whether it did not decline.</summary>
    private static bool AssertSameAsDom(string html, GlossaryTerms? glossary = null)
    {
        glossary ??= Glossary;
        var (domHtml, domLinked) = TermLinker.LinkInDom(html, glossary, Href);
        if (!RawTermLinker.TryLink(html, glossary, Href, out var fastHtml, out var fastLinked))
        {
            return false;
        }

        Assert.Equal(domLinked, fastLinked);
        Assert.Equal(PageBody.Parse(domHtml).InnerHtml, PageBody.Parse(fastHtml).InnerHtml);
        return true;
    }

    /// <summary>Every Markdown page's body HTML as the process phase leaves it (before linking), and the glossary.</summary>
    private static async Task<(List<string> Bodies, GlossaryTerms Glossary)> BodiesAsync(BuildSettings settings)
    {
        var pipelines = SitePipelines.Create()
            .Select(p => p.Name == PipelineNames.Content
                ? new StatiqSite.Pipeline.Pipeline(p.Name) { Dependencies = p.Dependencies, Input = p.Input, Process = p.Process }
                : p)
            .ToList();
        var report = await new SiteBuild(pipelines).RunAsync(settings with { DryRun = true });
        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == Severity.Error);
        var glossary = report.Result.Outputs[PipelineNames.Glossary].Single().Get(Keys.GlossaryTerms)!;
        var bodies = report.Result.Outputs[PipelineNames.Content].Where(d => d.Source?.EndsWith(".md", StringComparison.Ordinal) == true).Select(d => d.Content).ToList();
        return (bodies, glossary);
    }
}
