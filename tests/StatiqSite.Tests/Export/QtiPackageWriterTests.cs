using System.IO.Compression;
using System.Xml.Linq;
using StatiqSite.Export;

namespace StatiqSite.Tests.Export;

/// <summary>A quiz written as a QTI 2.1 content package: a manifest and one valid assessmentItem per question, zipped the same way every time.</summary>
public sealed class QtiPackageWriterTests
{
    private static readonly XNamespace Q = QtiStructure.Qti;
    private static readonly XNamespace Cp = "http://www.imsglobal.org/xsd/imscp_v1p1";

    private static Dictionary<string, XDocument> Entries(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            return XDocument.Load(stream);
        });
    }

    private static XElement Item(string name, string text = "tekst") =>
        Entries(QtiPackageWriter.Write(ExportSamples.EveryKind(text)).Bytes)[name + ".xml"].Root!;

    [Fact]
    public void The_manifest_lists_every_item_file_of_the_package_and_nothing_else()
    {
        var entries = Entries(QtiPackageWriter.Write(ExportSamples.EveryKind()).Bytes);
        var manifest = entries[QtiPackageWriter.Manifest].Root!;
        var resources = manifest.Element(Cp + "resources")!.Elements(Cp + "resource").ToList();

        Assert.Equal(Cp + "manifest", manifest.Name);
        Assert.All(resources, r => Assert.Equal("imsqti_item_xmlv2p1", (string?)r.Attribute("type")));
        Assert.All(resources, r => Assert.Equal((string?)r.Attribute("href"), (string?)r.Element(Cp + "file")?.Attribute("href")));
        Assert.Equal(entries.Keys.Where(k => k != QtiPackageWriter.Manifest).Order(StringComparer.Ordinal), resources.Select(r => (string)r.Attribute("href")!).Order(StringComparer.Ordinal));
        Assert.Equal(8, resources.Count);
    }

    [Fact]
    public void Every_item_keeps_to_qti_2_1s_structure_even_with_special_characters()
    {
        foreach (var text in new[] { "tekst", ExportSamples.Special, "<em>nadruk</em> en <del>weg</del> <input type=\"checkbox\" />" })
        {
            var entries = Entries(QtiPackageWriter.Write(ExportSamples.EveryKind(text)).Bytes);
            foreach (var (name, item) in entries.Where(e => e.Key != QtiPackageWriter.Manifest))
            {
                Assert.True(QtiStructure.Problems(item).Count == 0, $"{name} with '{text}':\n" + string.Join('\n', QtiStructure.Problems(item)));
            }
        }
    }

    [Fact]
    public void Choice_items_carry_the_right_answers_their_weights_and_feedback_per_option()
    {
        var single = Item("oefenen-1");
        Assert.Equal(["A"], single.Descendants(Q + "correctResponse").Elements(Q + "value").Select(v => v.Value));
        Assert.Equal("1", (string?)single.Descendants(Q + "choiceInteraction").Single().Attribute("maxChoices"));
        Assert.Equal(["B", "UITLEG"], single.Elements(Q + "modalFeedback").Select(f => (string)f.Attribute("identifier")!));

        var multiple = Item("oefenen-2");
        var weights = multiple.Descendants(Q + "mapEntry").Select(e => double.Parse((string)e.Attribute("mappedValue")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(1, weights.Where(w => w > 0).Sum(), 3);
        Assert.Equal(["A", "B", "C"], multiple.Descendants(Q + "correctResponse").Elements(Q + "value").Select(v => v.Value));
    }

    [Fact]
    public void Reflection_gaps_matching_and_ordering_have_their_interactions()
    {
        var essay = Item("oefenen-4");
        Assert.Single(essay.Descendants(Q + "extendedTextInteraction"));
        Assert.Equal("scorer", (string?)essay.Descendants(Q + "rubricBlock").Single().Attribute("view"));
        Assert.Equal("Model tekst", essay.Descendants(Q + "rubricBlock").Single().Value.Trim());

        var gaps = Item("oefenen-6");
        Assert.Equal(["RESPONSE_1", "RESPONSE_2"], gaps.Descendants(Q + "textEntryInteraction").Select(t => (string)t.Attribute("responseIdentifier")!));
        Assert.Equal(["b", "c"], gaps.Elements(Q + "responseDeclaration").Last().Descendants(Q + "mapEntry").Select(e => (string)e.Attribute("mapKey")!));

        var matching = Item("oefenen-7");
        Assert.Equal(["L1 R1", "L2 R2"], matching.Descendants(Q + "correctResponse").Elements(Q + "value").Select(v => v.Value));
        Assert.Equal("Rechts = 1", matching.Descendants(Q + "simpleMatchSet").Last().Elements().First().Value);

        var ordering = Item("oefenen-8");
        Assert.Equal(["A", "B", "C"], ordering.Descendants(Q + "correctResponse").Elements(Q + "value").Select(v => v.Value));
        Assert.Equal(["Eerst", "Dan tekst", "Laatst"], ordering.Descendants(Q + "simpleChoice").Select(c => c.Value));
    }

    [Fact]
    public void Special_characters_are_text_in_the_items()
    {
        var single = Item("oefenen-1", ExportSamples.Special);

        Assert.Equal("Enkel a ~ b = c # d { e } f : g \\ h <&>\" i", single.Element(Q + "itemBody")!.Element(Q + "div")!.Value.Trim());
        Assert.Equal("Fout a ~ b = c # d { e } f : g \\ h <&>\" i", single.Descendants(Q + "simpleChoice").Last().Value);
    }

    [Fact]
    public void The_same_quiz_gives_a_byte_identical_zip_with_fixed_dates()
    {
        var first = QtiPackageWriter.Write(ExportSamples.EveryKind()).Bytes;
        var second = QtiPackageWriter.Write(ExportSamples.EveryKind()).Bytes;

        Assert.Equal(first, second);
        using var archive = new ZipArchive(new MemoryStream(first), ZipArchiveMode.Read);
        Assert.Equal(QtiPackageWriter.Manifest, archive.Entries[0].FullName);
        Assert.All(archive.Entries, e => Assert.Equal(DeterministicZip.Timestamp.DateTime, e.LastWriteTime.DateTime));
    }

    [Fact]
    public void Nothing_is_left_out_of_the_package() =>
        Assert.Empty(QtiPackageWriter.Write(ExportSamples.EveryKind()).LeftOut);
}
