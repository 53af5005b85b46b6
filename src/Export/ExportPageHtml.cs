using System.Net;
using System.Text;
using StatiqSite.Content;

namespace StatiqSite.Export;

/// <summary>
/// The list on <c>/export/</c>: a section per page (its title linked to it), and under it each quiz with its three
/// files. The instructions around it are the theme's (<c>theme/layouts/export.liquid</c>).
/// </summary>
public static class ExportPageHtml
{
    /// <summary>The list of <paramref name="files"/> (in reading order) for the page at <paramref name="destination"/>.</summary>
    public static string Render(string destination, IReadOnlyList<(string Destination, ExportEntry Entry)> files)
    {
        var html = new StringBuilder("<div class=\"export-list\">\n");
        if (files.Count == 0)
        {
            html.Append("<p>Deze site heeft nog geen quizzen.</p>\n");
        }

        foreach (var page in files.GroupBy(f => f.Entry.PageDestination))
        {
            var first = page.First().Entry;
            html.Append($"<section class=\"export-page\">\n<h3><a href=\"{E(PageUrls.Relative(destination, first.PageDestination))}\">{E(first.PageTitle)}</a></h3>\n<ul>\n");
            foreach (var quiz in page.GroupBy(f => f.Entry.QuizId))
            {
                var entry = quiz.First().Entry;
                var label = entry.QuizTitle.Length > 0 ? $"{E(entry.QuizTitle)} (<code>{E(entry.QuizId)}</code>)" : $"<code>{E(entry.QuizId)}</code>";
                html.Append($"<li>{label}: ");
                html.AppendJoin(" · ", quiz.Select(f => $"<a href=\"{E(PageUrls.Relative(destination, f.Destination))}\" download>{E(f.Entry.Format.Name)}</a>"
                    + (f.Entry.Questions == 1 ? " (1 vraag)" : $" ({f.Entry.Questions} vragen)")));
                html.Append("</li>\n");
            }

            html.Append("</ul>\n</section>\n");
        }

        return html.Append("</div>\n").ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
