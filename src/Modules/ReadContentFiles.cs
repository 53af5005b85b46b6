using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using StatiqSite.Content;
using StatiqSite.Pipeline;

namespace StatiqSite.Modules;

/// <summary>
/// Reads the Markdown pages of <c>input/</c> as documents with their destination set
/// (<c>a/b.md</c> to <c>a/b/index.html</c>). Reports files that are not valid UTF-8 (<see cref="InputText"/>),
/// names that are not slugs (pages that would share a URL: <see cref="ValidateDestinations"/>), and pages
/// <see cref="InputFiles"/> refuses (links leading outside, FIFOs, ...); other refused files: <see cref="ReadStaticFiles"/>.
/// Writes: <see cref="Document.Source"/>, <see cref="Document.Destination"/>, <see cref="Keys.PageUrl"/>.
/// </summary>
public sealed class ReadContentFiles : Module
{
    /// <inheritdoc />
    protected override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var scan = InputFiles.Scan(context.Settings.InputDirectory);
        foreach (var refused in scan.Refused.Where(r => InputFiles.IsPage(r.Path)))
        {
            context.Diagnostics.Error(refused.Path, 1, 1, refused.Message);
        }

        var sources = scan.Files.Where(InputFiles.IsPage).ToList();
        var documents = new Document?[sources.Count];
        Parallel.For(0, sources.Count, i => documents[i] = Read(sources[i], context));
        var pages = documents.OfType<Document>().ToImmutableArray();
        ReportBadNames(pages, context.Diagnostics);
        return pages;
    }

    private static Document? Read(string source, IExecutionContext context)
    {
        if (InputText.Read(context.Settings.InputDirectory, source, context.Diagnostics) is not { } text)
        {
            return null;
        }

        var destination = PageUrls.DestinationOf(source);
        var page = new Document
        {
            Source = source,
            Destination = destination,
            Content = text,
        }.With(Keys.PageUrl, PageUrls.CleanUrlOf(destination));
        return context.Settings.Incremental ? page.With(Keys.SourceHash, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))) : page;
    }

    private static void ReportBadNames(IEnumerable<Document> pages, DiagnosticBag diagnostics)
    {
        foreach (var page in pages)
        {
            var segments = page.Source![..^".md".Length].Split('/');
            var bad = segments.FirstOrDefault(s => !Slug.IsValid(s));
            if (bad is not null)
            {
                var suggestion = Slug.From(bad);
                diagnostics.Error(page.Source, 1, 1,
                    $"'{bad}' cannot be part of a URL: use lower case a-z, 0-9 and '-' only" +
                    (suggestion.Length > 0 ? $" (rename it to '{suggestion}')" : ""));
            }
        }
    }
}
