namespace StatiqSite.Export;

/// <summary>A format quizzes are exported in: its name, its file name ending, its writer.</summary>
/// <param name="Name">The name people know it by ("GIFT").</param>
/// <param name="Extension">How its file names end (".gift").</param>
/// <param name="Write">Its writer.</param>
public sealed record ExportFormat(string Name, string Extension, Func<ExportQuiz, ExportFile> Write)
{
    /// <summary>Moodle's GIFT text format.</summary>
    public static readonly ExportFormat Gift = new("GIFT", ".gift", GiftWriter.Write);

    /// <summary>Moodle XML.</summary>
    public static readonly ExportFormat MoodleXml = new("Moodle XML", ".moodle.xml", MoodleXmlWriter.Write);

    /// <summary>An IMS QTI 2.1 content package.</summary>
    public static readonly ExportFormat Qti = new("QTI 2.1", ".qti.zip", QtiPackageWriter.Write);

    /// <summary>Every format, in the order the export page lists them.</summary>
    public static readonly IReadOnlyList<ExportFormat> All = [Gift, MoodleXml, Qti];

    /// <summary>Where the file of quiz <paramref name="quizId"/> is written.</summary>
    public string DestinationOf(string quizId) => GenerateQuizExports.Folder + quizId + Extension;
}
