using System.IO.Compression;
using System.Xml.Linq;
using StatiqSite.Cli.Preview;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Export;

/// <summary>A build writes every quiz's files for learning platforms from the quizzes the pages recorded.</summary>
public sealed class GenerateQuizExportsTests
{
    private const string Quiz = "```quiz\nid: oefenen\ntitle: Oefenen\nquestions:\n"
        + "  - question: Kies het goede.\n    options:\n      - text: Goed\n        correct: true\n      - text: Fout\n        feedback: Nee.\n"
        + "  - question: Klopt dit?\n    type: truefalse\n    answer: true\n"
        + "  - question: Beschrijf het.\n    type: reflection\n    model_answer: Zo.\n```\n";

    [Fact]
    public async Task Every_quiz_gets_a_gift_a_moodle_xml_and_a_qti_file_with_its_questions()
    {
        using var site = new TestSite().Page("index.md", "Home", Quiz).Page("basis.md", "Basis", "```quiz\nquestion: Twee?\nanswer: false\n```\n");

        var report = await site.BuildAsync();

        Assert.Empty(Errors.Of(report, site));
        Assert.Empty(Errors.WarningsOf(report, site));
        var gift = GiftReader.Read(site.Read("export/oefenen.gift")).Questions;
        Assert.Equal(["oefenen-1", "oefenen-2", "oefenen-3"], gift.Select(q => q.Name));
        Assert.Equal(["basis-1-1"], GiftReader.Read(site.Read("export/basis-1.gift")).Questions.Select(q => q.Name));
        Assert.Equal(["category", "multichoice", "truefalse", "essay"],
            XDocument.Parse(site.Read("export/oefenen.moodle.xml")).Root!.Elements("question").Select(q => (string?)q.Attribute("type")));
        using var zip = ZipFile.OpenRead(Path.Combine(site.OutputDirectory, "export/oefenen.qti.zip"));
        Assert.Equal(["imsmanifest.xml", "oefenen-1.xml", "oefenen-2.xml", "oefenen-3.xml"], zip.Entries.Select(e => e.FullName));
    }

    [Fact]
    public async Task Gift_and_xml_special_characters_written_in_yaml_survive_every_format()
    {
        const string text = "Kies ~ = # : en <&>\" of \\ } nu { toch.";
        using var site = new TestSite().Page("index.md", "Home",
            "```quiz\nid: tekens\nquestion: 'Kies ~ = # : en <&>\" of \\ } nu { toch.'\noptions:\n  - text: 'Ja ~ = # :'\n    correct: true\n  - text: Nee\n```\n");

        var report = await site.BuildAsync();

        Assert.Empty(Errors.Of(report, site));
        var html = "<p>Kies ~ = # : en &lt;&amp;&gt;&quot; of \\ } nu { toch.</p>";
        var question = Assert.Single(GiftReader.Read(site.Read("export/tekens.gift")).Questions);
        Assert.Equal(html, question.Text);
        Assert.Equal("Ja ~ = # :", question.Answers[0].Text);
        Assert.Equal(html, XDocument.Parse(site.Read("export/tekens.moodle.xml")).Root!.Elements("question").Last().Element("questiontext")!.Element("text")!.Value);
        using var zip = ZipFile.OpenRead(Path.Combine(site.OutputDirectory, "export/tekens.qti.zip"));
        using var item = zip.GetEntry("tekens-1.xml")!.Open();
        Assert.Equal(text, XDocument.Load(item).Root!.Element(QtiStructure.Qti + "itemBody")!.Element(QtiStructure.Qti + "div")!.Value.Trim());
    }

    [Fact]
    public async Task Links_in_quiz_texts_lead_to_the_published_site()
    {
        using var site = new TestSite()
            .Page("index.md", "Home", "```quiz\nid: links\nquestion: Lees [de basis](basis.md#kern) eerst.\nanswer: true\nexplanation: Zie ![logo](logo.png).\n```\n")
            .Page("basis.md", "Basis", "## Kern\n")
            .Write("logo.png", "png");

        var report = await site.BuildAsync();

        Assert.Empty(Errors.Of(report, site));
        var question = Assert.Single(GiftReader.Read(site.Read("export/links.gift")).Questions);
        Assert.Contains("href=\"https://example.org/basis/index.html#kern\"", question.Text, StringComparison.Ordinal);
        Assert.Contains("src=\"https://example.org/logo.png\"", question.General, StringComparison.Ordinal);
        Assert.Contains("href=\"basis/index.html#kern\"", site.Read("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ordering_question_is_only_in_the_qti_package_and_the_build_warns_once_per_format_that_lacks_it()
    {
        using var site = new TestSite().Page("index.md", "Home",
            "Tekst.\n\n```quiz\nid: volgorde\nquestions:\n  - question: Eerst dit.\n    answer: true\n"
            + "  - question: Zet op volgorde.\n    type: ordering\n    items: [Een, Twee, Drie]\n```\n");

        var report = await site.BuildAsync();

        Assert.Empty(Errors.Of(report, site));
        Assert.Equal(
        [
            "index.md:11:15: the ordering question 'volgorde-2' is left out of the GIFT export, which has no such question; teachers who need it import the QTI package",
            "index.md:11:15: the ordering question 'volgorde-2' is left out of the Moodle XML export, which has no such question; teachers who need it import the QTI package",
        ], Errors.WarningsOf(report, site));
        Assert.Equal(["volgorde-1"], GiftReader.Read(site.Read("export/volgorde.gift")).Questions.Select(q => q.Name));
        Assert.Single(XDocument.Parse(site.Read("export/volgorde.moodle.xml")).Root!.Elements("question"), q => (string?)q.Attribute("type") == "truefalse");
        using var zip = ZipFile.OpenRead(Path.Combine(site.OutputDirectory, "export/volgorde.qti.zip"));
        using var item = zip.GetEntry("volgorde-2.xml")!.Open();
        var order = XDocument.Load(item).Descendants(QtiStructure.Qti + "orderInteraction").Single();
        Assert.Equal(["Een", "Twee", "Drie"], order.Elements().Select(c => c.Value));
    }

    [Fact]
    public async Task Gaps_and_matching_questions_are_mapped_in_every_format_that_has_them()
    {
        using var site = new TestSite().Page("index.md", "Home",
            "```quiz\nid: vullen\nquestions:\n  - question: Vul aan.\n    type: gaps\n    text: Een [competentie|bekwaamheid] is *zichtbaar*.\n"
            + "  - question: Twee.\n    type: gaps\n    text: '[Empathie] en [distantie].'\n"
            + "  - question: Koppel.\n    type: matching\n    pairs:\n      - left: Empathie\n        right: Inleven\n      - left: Distantie\n        right: Afstand\n```\n");

        var report = await site.BuildAsync();

        Assert.Empty(Errors.Of(report, site));
        Assert.Equal(["index.md:10:15: the gaps question 'vullen-2' is left out of the GIFT export, which holds one gap per question only; teachers who need it import the QTI package"],
            Errors.WarningsOf(report, site));
        var gift = GiftReader.Read(site.Read("export/vullen.gift")).Questions;
        Assert.Equal(("<p>Vul aan.</p><p>Een ", " is <em>zichtbaar</em>.</p>"), (gift[0].Text, gift[0].After));
        Assert.Equal(["competentie", "bekwaamheid"], gift[0].Answers.Select(a => a.Text));
        Assert.Equal([("Empathie", "Inleven"), ("Distantie", "Afstand")], gift[1].Answers.Select(a => (a.Text, a.MatchRight!)));
        var moodle = XDocument.Parse(site.Read("export/vullen.moodle.xml")).Root!.Elements("question").ToList();
        Assert.Equal(["category", "shortanswer", "cloze", "matching"], moodle.Select(q => (string?)q.Attribute("type")));
        Assert.Equal("<p>Twee.</p><p>{1:SHORTANSWER:=Empathie} en {1:SHORTANSWER:=distantie}.</p>", moodle[2].Element("questiontext")!.Element("text")!.Value);
        using var zip = ZipFile.OpenRead(Path.Combine(site.OutputDirectory, "export/vullen.qti.zip"));
        using var item = zip.GetEntry("vullen-2.xml")!.Open();
        Assert.Equal(2, XDocument.Load(item).Descendants(QtiStructure.Qti + "textEntryInteraction").Count());
    }

    [Fact]
    public async Task The_export_page_is_in_the_sitemap_and_the_files_are_not()
    {
        using var site = new TestSite().Page("index.md", "Home", Quiz);

        await site.BuildAsync();

        var sitemap = site.Read("sitemap.xml");
        Assert.Contains("<loc>https://example.org/export/</loc>", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("oefenen.", sitemap, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(".gift", "text/plain; charset=utf-8")]
    [InlineData(".xml", "application/xml; charset=utf-8")]
    [InlineData(".zip", "application/zip")]
    public void The_host_and_the_preview_send_the_same_type_for_each_export_file(string extension, string type)
    {
        var netlify = File.ReadAllText(Path.Combine(Repository.Root, "netlify.toml"));

        Assert.Equal(type, ContentTypes.Of("export/x" + extension));
        Assert.Contains($"for = \"/export/*{extension}\"\n  [headers.values]\n    Content-Type = \"{type}\"", netlify, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_writes_of_one_quiz_give_the_same_bytes_in_every_format()
    {
        foreach (var format in StatiqSite.Export.ExportFormat.All)
        {
            Assert.Equal(format.Write(ExportSamples.EveryKind()).Bytes, format.Write(ExportSamples.EveryKind()).Bytes);
        }
    }
}
