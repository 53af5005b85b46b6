using StatiqSite.Pipeline;

namespace StatiqSite.Export;

/// <summary>The export feature's metadata keys. The comment says which module writes it.</summary>
public static class ExportKeys
{
    /// <summary>On each export file: which quiz of which page it holds, in which format (GenerateQuizExports).</summary>
    public static readonly Key<ExportEntry> Entry = new("export_entry");
}

/// <summary>What the export page needs to know of one export file.</summary>
/// <param name="PageTitle">The title of the page the quiz is on.</param>
/// <param name="PageDestination">The page's output path.</param>
/// <param name="QuizId">The quiz id.</param>
/// <param name="QuizTitle">The quiz title as plain text, or "".</param>
/// <param name="Format">The file's format.</param>
/// <param name="Questions">How many questions the file holds.</param>
public sealed record ExportEntry(string PageTitle, string PageDestination, string QuizId, string QuizTitle, ExportFormat Format, int Questions);
