using System.Collections.Immutable;
using StatiqSite.Content;
using StatiqSite.Pipeline;

namespace StatiqSite.Export;

/// <summary>
/// Adds <c>export/index.html</c> ("Voor docenten"): every quiz's export files, per page, rendered with the theme's
/// <c>export</c> layout, which holds the instructions for importing them. Lists exactly the files the Export pipeline
/// made (<see cref="GenerateQuizExports"/>), so every link resolves. Listed in the sitemap; not in the
/// navigation or the search index (it is for teachers, reached from the footer).
/// Reads: <see cref="ExportKeys.Entry"/>. Writes: <see cref="Keys.Title"/>, <see cref="Keys.Layout"/>.
/// </summary>
public sealed class GenerateExportPage : Module
{
    /// <summary>Where the page is written.</summary>
    public const string Destination = GenerateQuizExports.Folder + "index.html";

    /// <summary>The layout the theme provides for this page.</summary>
    public const string LayoutName = "export";

    /// <summary>The page's title.</summary>
    public const string Title = "Voor docenten: de quizzen in je eigen leeromgeving";

    /// <inheritdoc />
    protected override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var files = context.OutputsOf(PipelineNames.Export).Where(d => d.Get(ExportKeys.Entry) is not null).Select(d => (d.Destination, Entry: d.Get(ExportKeys.Entry)!)).ToList();
        return inputs.Add(new Document { Destination = Destination, Content = ExportPageHtml.Render(Destination, files) }
            .With(Keys.Title, Title)
            .With(Keys.Layout, LayoutName));
    }
}
