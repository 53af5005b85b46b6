using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using StatiqSite.Content;
using StatiqSite.Pipeline;

namespace StatiqSite.Modules;

/// <summary>
/// Reads the Markdown pages of <c>input/</c> as documents with their destination set
/// (<c>a/b.md</c> to <c>a/b/index.html</c>). Reports files that are not valid UTF-8,
/// and names that are not slugs (pages that would share a URL: <see cref="ValidateDestinations"/>).
/// Writes: <see cref="Document.Source"/>, <see cref="Document.Destination"/>, <see cref="Keys.PageUrl"/>.
/// </summary>
public sealed class ReadContentFiles : Module
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <inheritdoc />
    protected override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var sources = InputFiles.Published(context.Settings.InputDirectory).Where(InputFiles.IsPage).ToList();
        var documents = new Document?[sources.Count];
        Parallel.For(0, sources.Count, i => documents[i] = Read(sources[i], context));
        var pages = documents.OfType<Document>().ToImmutableArray();
        ReportBadNames(pages, context.Diagnostics);
        return pages;
    }

    private static Document? Read(string source, IExecutionContext context)
    {
        var bytes = File.ReadAllBytes(Path.Combine(context.Settings.InputDirectory, source));
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var valid = Encoding.UTF8.GetString(bytes, 0, Math.Max(0, e.Index));
            var (line, column) = TextPosition.Of(valid, valid.Length);
            context.Diagnostics.Error(source, line, column, "the file is not valid UTF-8: save it as UTF-8 in your editor");
            return null;
        }

        var destination = PageUrls.DestinationOf(source);
        var page = new Document
        {
            Source = source,
            Destination = destination,
            Content = text.TrimStart('\uFEFF').ReplaceLineEndings("\n"),
        }.With(Keys.PageUrl, PageUrls.CleanUrlOf(destination));
        return context.Settings.Incremental ? page.With(Keys.SourceHash, Convert.ToHexString(SHA256.HashData(bytes))) : page;
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
