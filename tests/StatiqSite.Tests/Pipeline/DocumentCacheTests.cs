using System.Collections.Immutable;
using StatiqSite.Content;
using StatiqSite.Pipeline;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Pipeline;

public class DocumentCacheTests
{
    private static readonly Document Page = new Document { Source = "a.md", Destination = "a/index.html", Content = "# A" }
        .With(Keys.Title, "A")
        .With(Keys.Order, (int?)2)
        .With(Keys.Glossary, true)
        .With(Keys.LastModified, (DateTimeOffset?)new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero))
        .With(Keys.Links, ImmutableArray.Create(new LinkReference("b.md", null, 3, 1, "b.md", "../b/index.html")));

    [Fact]
    public void An_equal_input_gets_the_remembered_outputs_without_running_the_step()
    {
        var cache = new DocumentCache();
        var runs = 0;
        IEnumerable<Document> Step(Document d, DiagnosticBag _) => [d with { Content = $"run {++runs}" }];

        var first = cache.GetOrAdd(Page, new DiagnosticBag(), Step);
        var second = cache.GetOrAdd(Page with { Metadata = Page.Metadata.With(Keys.Title, "A") }, new DiagnosticBag(), Step);

        Assert.Equal(1, runs);
        Assert.Same(first.Single(), second.Single());
    }

    [Theory]
    [InlineData("content")]
    [InlineData("title")]
    [InlineData("order")]
    [InlineData("flag")]
    [InlineData("link")]
    [InlineData("destination")]
    public void Any_difference_in_the_input_runs_the_step_again(string change)
    {
        var cache = new DocumentCache();
        var runs = 0;
        IEnumerable<Document> Step(Document d, DiagnosticBag _) => [d with { Content = $"run {++runs}" }];
        cache.GetOrAdd(Page, new DiagnosticBag(), Step);
        var changed = change switch
        {
            "content" => Page with { Content = "# B" },
            "title" => Page.With(Keys.Title, "B"),
            "order" => Page.With(Keys.Order, (int?)3),
            "flag" => Page.With(Keys.Glossary, false),
            "link" => Page.With(Keys.Links, ImmutableArray.Create(new LinkReference("b.md", "x", 3, 1, "b.md#x", "../b/index.html#x"))),
            _ => Page with { Destination = "b/index.html" },
        };

        cache.GetOrAdd(changed, new DiagnosticBag(), Step);

        Assert.Equal(2, runs);
    }

    [Fact]
    public void A_remembered_result_reports_its_diagnostics_again()
    {
        var cache = new DocumentCache();
        IEnumerable<Document> Step(Document d, DiagnosticBag diagnostics)
        {
            diagnostics.Warning("a.md", 4, 2, "let op");
            return [d];
        }

        cache.GetOrAdd(Page, new DiagnosticBag(), Step);
        var second = new DiagnosticBag();
        cache.GetOrAdd(Page, second, (_, _) => throw new InvalidOperationException("not run"));

        Assert.Equal("a.md:4:2: warning: let op", Assert.Single(second.Sorted()).ToString());
    }

    [Fact]
    public async Task Every_page_of_a_real_build_can_be_remembered()
    {
        // A metadata value the cache cannot compare silently turns the preview's caching off for that page.
        using var site = new TestSite()
            .Page("index.md", "Start", "Welkom. Zie [uitleg](basis/uitleg.md#kop).")
            .Page("basis/uitleg.md", "Uitleg", "## Kop\n\nTekst.", "order: 1\nnav_title: Kort\n");

        var report = await site.BuildAsync();

        var pages = report.Result.Outputs[StatiqSite.Build.PipelineNames.Content].Where(p => !p.Get(StatiqSite.Content.Keys.Hidden)).ToList();
        Assert.NotEmpty(pages);
        Assert.All(pages, page => Assert.True(DocumentCache.FingerprintWithoutContent(page) is not null, $"{page.Destination} cannot be fingerprinted"));
    }

    private readonly record struct Place(int Line, int Column);

    private struct PlainPlace
    {
        public int Line { get; init; }
    }

    [Fact]
    public void Record_structs_are_compared_member_by_member_and_other_structs_not_at_all()
    {
        var place = new Key<Place>("place");
        var plain = new Key<PlainPlace>("plain");

        Assert.NotNull(DocumentCache.FingerprintWithoutContent(Page.With(place, new Place(3, 1))));
        Assert.NotEqual(DocumentCache.FingerprintWithoutContent(Page.With(place, new Place(3, 1))), DocumentCache.FingerprintWithoutContent(Page.With(place, new Place(3, 2))));
        Assert.Null(DocumentCache.FingerprintWithoutContent(Page.With(plain, new PlainPlace { Line = 3 })));
    }

    [Fact]
    public async Task A_real_glossary_can_be_remembered()
    {
        // The glossary is part of every page's key in LinkGlossaryTerms: if it had no fingerprint, the preview would
        // link every page again on every save.
        using var site = new TestSite()
            .Page("index.md", "Start", "Over empathie.")
            .Write("_glossary.yml", "- term: Empathie\n  definition: Meevoelen.\n  aliases: [inleven]\n  related: [distantie]\n- term: Distantie\n  definition: Afstand.\n");

        var report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        var glossary = report.Result.Outputs[StatiqSite.Build.PipelineNames.Glossary].Single().Get(Keys.GlossaryTerms)!;
        Assert.Equal(2, glossary.Terms.Length);
        Assert.NotNull(DocumentCache.Fingerprint(glossary.Terms));
    }

    [Fact]
    public void A_value_that_cannot_be_compared_is_never_served_from_the_cache()
    {
        var cache = new DocumentCache();
        var runs = 0;
        var opaque = new Key<object>("opaque");
        var page = Page.With(opaque, new object());
        IEnumerable<Document> Step(Document d, DiagnosticBag _) => [d with { Content = $"run {++runs}" }];

        cache.GetOrAdd(page, new DiagnosticBag(), Step);
        cache.GetOrAdd(page, new DiagnosticBag(), Step);

        Assert.Equal(2, runs);
    }
}
