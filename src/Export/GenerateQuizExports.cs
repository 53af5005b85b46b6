using StatiqSite.Content;
using StatiqSite.Pipeline;
using StatiqSite.Quizzes;

namespace StatiqSite.Export;

/// <summary>
/// Turns a page (from <see cref="SelectQuizPages"/>) into the files of its quizzes for learning platforms:
/// <c>export/&lt;quiz-id&gt;.gift</c>, <c>.moodle.xml</c> and <c>.qti.zip</c> each (see <see cref="ExportFormat"/>).
/// A question whose kind a format lacks is left out of that file, with one warning at the question naming the format;
/// a quiz of self-ratings only gets no files. Reads: <see cref="QuizKeys.Read"/>, <see cref="QuizKeys.Quizzes"/> (the
/// titles), <see cref="Keys.Title"/>, the site's <c>base_url</c>. Writes: the files' <see cref="Document.Bytes"/>,
/// <see cref="ExportKeys.Entry"/>, <see cref="Keys.Hidden"/> (files, not pages).
/// </summary>
public sealed class GenerateQuizExports : DocumentModule
{
    /// <summary>The folder of the export files and the export page.</summary>
    public const string Folder = "export/";

    /// <inheritdoc />
    protected override IEnumerable<Document> Execute(Document page, IExecutionContext context)
    {
        var links = ExportLinks.For(context.Site().BaseUrl, context.Settings.BasePath, page.Destination);
        foreach (var read in page.GetList(QuizKeys.Read))
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
