using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using StatiqSite.Pipeline;

namespace StatiqSite.Modules;

/// <summary>
/// Writes each document to <see cref="IExecutionContext.OutputRoot"/> + its destination: its bytes when it has them,
/// else its text as UTF-8 without BOM. Reads: <see cref="Document.Destination"/>, <see cref="Document.Content"/>,
/// <see cref="Document.Bytes"/>. The folders of the documents it is given are created first, then the files are
/// written in parallel, each with one open and one write of a pooled buffer (no encoder buffer flushed in small pieces). A written document leaves
/// without its bytes and content, so the engine, which streams the output phase, holds no finished page. In a dry run
/// (<c>check</c>, the preview) nothing is written and the documents leave as they came, for the caller to use.
/// </summary>
public sealed class WriteFiles : Module
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <inheritdoc />
    protected override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        if (context.Settings.DryRun)
        {
            return inputs;
        }

        var folders = inputs.Select(d => Path.GetDirectoryName(Path.Combine(context.OutputRoot, d.Destination))!)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            Directory.CreateDirectory(folder);
        }

        return ParallelDocuments.Map(inputs, context, nameof(WriteFiles), document =>
        {
            Write(Path.Combine(context.OutputRoot, document.Destination), document);
            return [document with { Content = "", Bytes = null }];
        });
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
