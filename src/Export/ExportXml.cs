using System.Text;
using System.Xml;

namespace StatiqSite.Export;

/// <summary>
/// The XML writer settings of every export file: UTF-8 without byte order mark, two-space indents, <c>\n</c> line
/// ends, so the same quiz gives the same bytes on every machine.
/// </summary>
public static class ExportXml
{
    /// <summary>Writes a document with <paramref name="write"/> and returns its bytes.</summary>
    public static byte[] Write(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
