using System.Buffers;
using System.Text;
using StatiqSite.Pipeline;

namespace StatiqSite.Modules;

/// <summary>
/// Writes each document to <see cref="IExecutionContext.OutputRoot"/> + its destination: its bytes when it has them,
/// else its text as UTF-8 without BOM, with one open and one write of a pooled buffer (no encoder buffer flushed in
/// small pieces). A file whose bytes equal the same file of the output folder now in place (the previous build, which
/// this one will replace) is not written again but hard-linked to it: the new output is still a folder of its own,
/// but an unchanged page costs no new file on disk, and replacing the old folder then frees nothing but names. Where
/// a link cannot be made (another file system, a system without hard links), the file is written. Reads:
/// <see cref="Document.Destination"/>, <see cref="Document.Content"/>, <see cref="Document.Bytes"/>. A written
/// document leaves without its bytes and content, so the engine, which streams the output phase, holds no finished
/// page. In a dry run (<c>check</c>, the preview) nothing is written and the documents leave as they came, for the
/// caller to use. Per-run state: the output root and the folder it replaces, or null in a dry run.
/// </summary>
public sealed class WriteFiles : DocumentOutputModule<WriteFiles.Folders?>
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Where a run writes (<see cref="Root"/>), and the output folder it replaces, if any (<see cref="Previous"/>).</summary>
    public sealed record Folders(string Root, string? Previous);

    /// <inheritdoc />
    protected override Folders? BeforeExecution(IExecutionContext context)
    {
        if (context.Settings.DryRun)
        {
            return null;
        }

        var previous = Path.GetFullPath(context.Settings.OutputDirectory);
        return new Folders(context.OutputRoot, previous != Path.GetFullPath(context.OutputRoot) && Directory.Exists(previous) ? previous : null);
    }

    /// <inheritdoc />
    protected override IEnumerable<Document> Execute(Document document, Folders? folders, IExecutionContext context)
    {
        if (folders is null)
        {
            return [document];
        }

        var path = Path.Combine(folders.Root, document.Destination);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Write(path, folders.Previous is null ? null : Path.Combine(folders.Previous, document.Destination), document);
        return [document with { Content = "", Bytes = null }];
    }

    private static void Write(string path, string? previous, Document document)
    {
        if (document.Bytes is { } bytes)
        {
            Write(path, previous, bytes.Span);
            return;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(document.Content.Length));
        try
        {
            var length = Utf8.GetBytes(document.Content, buffer);
            Write(path, previous, buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void Write(string path, string? previous, ReadOnlySpan<byte> bytes)
    {
        if (previous is not null && HasBytes(previous, bytes) && HardLink.TryCreate(path, previous))
        {
            return;
        }

        // A new file, never an existing one opened for writing: that one could be a link to the previous output.
        // No preallocation: it costs a system call of its own, and the single write below sizes the file anyway.
        if (File.Exists(path))
        {
            File.Delete(path);
        }

        using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write);
        RandomAccess.Write(handle, bytes, 0);
    }

    /// <summary>Whether <paramref name="file"/> is a file (not a symbolic link, whose target could change) holding exactly <paramref name="bytes"/>.</summary>
    private static bool HasBytes(string file, ReadOnlySpan<byte> bytes)
    {
        try
        {
            if (new FileInfo(file).LinkTarget is not null)
            {
                return false;
            }

            using var handle = File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (RandomAccess.GetLength(handle) != bytes.Length)
            {
                return false;
            }

            var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(bytes.Length, 1));
            try
            {
                var read = 0;
                while (read < bytes.Length && RandomAccess.Read(handle, buffer.AsSpan(read, bytes.Length - read), read) is var n and > 0)
                {
                    read += n;
                }

                return read == bytes.Length && buffer.AsSpan(0, read).SequenceEqual(bytes);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // not there (the usual case for a new page), or not readable: written afresh
        }
    }
}
