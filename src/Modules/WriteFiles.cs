using System.Buffers;
using System.Text;
using StatiqSite.Pipeline;

namespace StatiqSite.Modules;

/// <summary>
/// Writes each document to <see cref="IExecutionContext.OutputRoot"/> + its destination: its bytes when it has them,
/// else its text as UTF-8 without BOM, with one open and one write of a pooled buffer (no encoder buffer flushed in
/// small pieces). Reads: <see cref="Document.Destination"/>, <see cref="Document.Content"/>, <see cref="Document.Bytes"/>.
/// A written document leaves without its bytes and content, so the engine, which streams the output phase, holds no
/// finished page. In a dry run (<c>check</c>, the preview) nothing is written and the documents leave as they came,
/// for the caller to use. Per-run state: the output root, or null in a dry run.
/// </summary>
public sealed class WriteFiles : DocumentOutputModule<string?>
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <inheritdoc />
    protected override string? BeforeExecution(IExecutionContext context) => context.Settings.DryRun ? null : context.OutputRoot;

    /// <inheritdoc />
    protected override IEnumerable<Document> Execute(Document document, string? root, IExecutionContext context)
    {
        if (root is null)
        {
            return [document];
        }

        var path = Path.Combine(root, document.Destination);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Write(path, document);
        return [document with { Content = "", Bytes = null }];
    }

    private static void Write(string path, Document document)
    {
        if (document.Bytes is { } bytes)
        {
            Write(path, bytes.Span);
            return;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(document.Content.Length));
        try
        {
            var length = Utf8.GetBytes(document.Content, buffer);
            Write(path, buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void Write(string path, ReadOnlySpan<byte> bytes)
    {
        // No preallocation: it costs a system call of its own, and the single write below sizes the file anyway.
        using var handle = File.OpenHandle(path, FileMode.Create, FileAccess.Write);
        RandomAccess.Write(handle, bytes, 0);
    }
}
