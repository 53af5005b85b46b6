using System.Collections.Immutable;
using StatiqSite.Content;
using StatiqSite.Pipeline;

namespace StatiqSite.Modules;

/// <summary>
/// Reads every published file of <c>input/</c> that is not a page (images, PDFs, ...),
/// to be copied as-is to the same relative path. Reports the files and folders <see cref="InputFiles"/> refuses
/// that are not pages (a link leading outside <c>input/</c>, a FIFO, ...: pages are <see cref="ReadContentFiles"/>'s).
/// Writes: <see cref="Document.Source"/>, <see cref="Document.Destination"/>, <see cref="Document.Bytes"/>.
/// </summary>
public sealed class ReadStaticFiles : Module
{
    /// <inheritdoc />
    protected override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var scan = InputFiles.Scan(context.Settings.InputDirectory);
        foreach (var refused in scan.Refused.Where(r => !InputFiles.IsPage(r.Path)))
        {
            context.Diagnostics.Error(refused.Path, 1, 1, refused.Message);
        }

        return [.. scan.Files
            .Where(path => !InputFiles.IsPage(path))
            .Select(path => new Document
            {
                Source = path,
                Destination = path,
                Bytes = File.ReadAllBytes(Path.Combine(context.Settings.InputDirectory, path)),
            })];
    }
}
