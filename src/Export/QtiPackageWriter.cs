using System.Collections.Immutable;
using System.Xml.Linq;

namespace StatiqSite.Export;

/// <summary>
/// Writes a quiz as an IMS QTI 2.1 content package (<c>/export/&lt;quiz-id&gt;.qti.zip</c>): <c>imsmanifest.xml</c>
/// listing one <c>imsqti_item_xmlv2p1</c> resource per question, and each question's <c>assessmentItem</c> as
/// <c>&lt;identifier&gt;.xml</c> beside it. The zip is deterministic (<see cref="DeterministicZip"/>).
/// </summary>
public static class QtiPackageWriter
{
    /// <summary>The manifest's file name in the package.</summary>
    public const string Manifest = "imsmanifest.xml";

    private static readonly XNamespace Cp = "http://www.imsglobal.org/xsd/imscp_v1p1";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>The package of <paramref name="quiz"/>.</summary>
    public static ExportFile Write(ExportQuiz quiz)
    {
        var items = new List<(string File, byte[] Bytes)>();
        var leftOut = ImmutableArray.CreateBuilder<ExportQuestion>();
        foreach (var question in quiz.Questions)
        {
            if (QtiItemWriter.Write(question) is { } item)
            {
                items.Add((QtiItemWriter.IdentifierOf(question) + ".xml", ExportXml.Write(item.WriteTo)));
            }
            else
            {
                leftOut.Add(question);
            }
        }

        var manifest = ExportXml.Write(ManifestOf(quiz, items.Select(i => i.File)).WriteTo);
        return new ExportFile(DeterministicZip.Create([(Manifest, manifest), .. items]), leftOut.ToImmutable());
    }

    private static XElement ManifestOf(ExportQuiz quiz, IEnumerable<string> files) =>
        new(Cp + "manifest",
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            new XAttribute(Xsi + "schemaLocation", "http://www.imsglobal.org/xsd/imscp_v1p1 http://www.imsglobal.org/xsd/imscp_v1p1.xsd"),
            new XAttribute("identifier", "MANIFEST-" + quiz.Id),
            new XElement(Cp + "metadata", new XElement(Cp + "schema", "QTIv2.1 Package"), new XElement(Cp + "schemaversion", "1.0.0")),
            new XElement(Cp + "organizations"),
            new XElement(Cp + "resources", files.Select(file =>
                new XElement(Cp + "resource",
                    new XAttribute("identifier", Path.GetFileNameWithoutExtension(file)),
                    new XAttribute("type", "imsqti_item_xmlv2p1"),
                    new XAttribute("href", file),
                    new XElement(Cp + "file", new XAttribute("href", file))))));
}
