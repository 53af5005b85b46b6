using System.Collections.Immutable;
using StatiqSite.Content;
using StatiqSite.Pipeline;

namespace StatiqSite.Modules;

/// <summary>
/// Reads every published file of <c>input/</c> that is not a page (images, PDFs, ...),
/// to be copied as-is to the same relative path.
/// Writes: <see cref="Document.Source"/>, <see cref="Document.Destination"/>, <see cref="Document.Bytes"/>.
/// </summary>
public sealed class ReadStaticFiles : Module
{
    /// <inheritdoc />
    protected override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context) =>
        [.. InputFiles.Published(context.Settings.InputDirectory)
            .Where(path => !InputFiles.IsPage(path))
            .Select(path => new Document
            {
                Source = path,
                Destination = path,
                Bytes = File.ReadAllBytes(Path.Combine(context.Settings.InputDirectory, path)),
            })];
}
