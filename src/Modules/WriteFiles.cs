using System.Text;
using StatiqSite.Pipeline;

namespace StatiqSite.Modules;

/// <summary>
/// Writes each document to <see cref="IExecutionContext.OutputRoot"/> + its destination: its bytes when it has them,
/// else its text as UTF-8 without BOM. Reads: <see cref="Document.Destination"/>, <see cref="Document.Content"/>,
/// <see cref="Document.Bytes"/>.
/// </summary>
public sealed class WriteFiles : DocumentModule
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <inheritdoc />
    protected override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        var path = Path.Combine(context.OutputRoot, input.Destination);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (input.Bytes is { } bytes)
        {
            using var stream = File.Create(path);
            stream.Write(bytes.Span);
        }
        else
        {
            File.WriteAllText(path, input.Content, Utf8);
        }

        yield return input;
    }
}
