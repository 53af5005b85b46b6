using System.Collections.Immutable;
using StatiqSite.Content;
using StatiqSite.Pipeline;
using StatiqSite.Quizzes;

namespace StatiqSite.Export;

/// <summary>
/// Adds, for every quiz of the site, its files for learning platforms: <c>export/&lt;quiz-id&gt;.gift</c>,
/// <c>.moodle.xml</c> and <c>.qti.zip</c> (see <see cref="ExportFormat"/>), in the pages' reading order. A question
/// whose kind a format lacks is left out of that file, with one warning at the question naming the format.
/// Runs in post-process of Special, as it reads every page. Reads: <see cref="QuizKeys.Read"/>, <see cref="Keys.Title"/>,
/// the site's <c>base_url</c>. Writes: the files' <see cref="Document.Bytes"/>, <see cref="ExportKeys.Entry"/>,
/// <see cref="Keys.Hidden"/> (files, not pages).
/// </summary>
public sealed class GenerateQuizExports : Module
{
    /// <summary>The folder of the export files and the export page.</summary>
    public const string Folder = "export/";

    /// <inheritdoc />
    protected override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var pages = context.OutputsOf(PipelineNames.Content);
        var navigation = new NavigationTree(pages);
        var withQuizzes = pages.Where(p => p.Source is not null && !p.GetList(QuizKeys.Read).IsEmpty)
            .OrderBy(p => navigation.Find(p.Destination)?.Index ?? int.MaxValue)
            .ThenBy(p => p.Destination, StringComparer.Ordinal)
            .ToImmutableArray();
        // A quiz id used twice is reported by ValidateQuizIds; its files are not written, so no second message follows.
        var unique = withQuizzes.SelectMany(p => p.GetList(QuizKeys.Read)).GroupBy(q => q.Id!, StringComparer.Ordinal)
            .Where(g => g.Count() == 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        // Pages in parallel, like any per-document module; the files keep the pages' reading order.
        return inputs.AddRange(ParallelDocuments.Map(withQuizzes, context, GetType().Name, page => FilesOf(page, unique, context)));
    }

    private static IEnumerable<Document> FilesOf(Document page, HashSet<string> unique, IExecutionContext context)
    {
        var links = ExportLinks.For(context.Site().BaseUrl, context.Settings.BasePath, page.Destination);
        foreach (var read in page.GetList(QuizKeys.Read).Where(q => unique.Contains(q.Id!)))
        {
            var title = page.GetList(QuizKeys.Quizzes).FirstOrDefault(e => e.Id == read.Id)?.Title ?? "";
            var quiz = ExportQuestions.From(read, title, page.Source!, links);
            if (quiz.Questions.IsEmpty)
            {
                continue; // only self-ratings, which are not exported: no files, and not listed on /export/
            }

            foreach (var format in ExportFormat.All)
            {
                yield return FileOf(quiz, format, page, context.Diagnostics);
            }
        }
    }

    private static Document FileOf(ExportQuiz quiz, ExportFormat format, Document page, DiagnosticBag diagnostics)
    {
        var file = format.Write(quiz);
        foreach (var question in file.LeftOut)
        {
            var why = question is ExportGaps ? "which holds one gap per question only" : "which has no such question";
            diagnostics.Warning(quiz.Source, question.Line, question.Column,
                $"the {question.Kind} question '{question.Name}' is left out of the {format.Name} export, {why}; teachers who need it import the QTI package");
        }

        var entry = new ExportEntry(page.Get(Keys.Title) ?? page.Destination, page.Destination, quiz.Id, quiz.Title, format, quiz.Questions.Length - file.LeftOut.Length);
        return new Document { Destination = format.DestinationOf(quiz.Id), Bytes = file.Bytes }
            .With(ExportKeys.Entry, entry)
            .With(Keys.Hidden, true);
    }
}
