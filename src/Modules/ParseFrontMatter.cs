using StatiqSite.Content;
using StatiqSite.Pipeline;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StatiqSite.Modules;

/// <summary>
/// Splits the YAML front matter from the Markdown body and checks it against the contract: a title is
/// required, <c>order</c> is a whole number, <c>draft</c> and <c>glossary</c> are true or false; an unknown
/// key is a warning. Errors point at the line in the page's file.
/// Writes: <see cref="Keys.Title"/>, <see cref="Keys.Description"/>, <see cref="Keys.NavTitle"/>,
/// <see cref="Keys.Order"/>, <see cref="Keys.Draft"/>, <see cref="Keys.Glossary"/>, <see cref="Keys.BodyLine"/>;
/// the content becomes the body alone. Remembers each page's result for rebuilds in the preview.
/// </summary>
public sealed class ParseFrontMatter : DocumentModule
{
    /// <inheritdoc />
    protected override IEnumerable<Document> Execute(Document input, IExecutionContext context) => Parse(input, context.Diagnostics);

    private static IEnumerable<Document> Parse(Document input, DiagnosticBag diagnostics)
    {
        var source = input.Source!;
        var lines = input.Content.Split('\n');
        var fallbackTitle = Path.GetFileNameWithoutExtension(source);
        var page = input.With(Keys.Glossary, true).With(Keys.Title, fallbackTitle);
        if (lines[0].TrimEnd() != FrontMatter.Fence)
        {
            diagnostics.Error(source, 1, 1, "the page has no front matter: start the file with a line '---', then 'title: ...', then a line '---'");
            return [page.With(Keys.BodyLine, 0)];
        }

        var close = Array.FindIndex(lines, 1, line => line.TrimEnd() is FrontMatter.Fence or "...");
        if (close < 0)
        {
            diagnostics.Error(source, 1, 1, "the front matter is not closed: add a line '---' after its last key");
            return [page.With(Keys.BodyLine, lines.Length) with { Content = "" }];
        }

        page = page.With(Keys.BodyLine, close + 1) with { Content = string.Join('\n', lines[(close + 1)..]) };
        var yaml = string.Join('\n', lines[1..close]);
        return [Read(page, yaml, new Reporter(diagnostics, source))];
    }

    private static Document Read(Document page, string yaml, Reporter report)
    {
        var node = YamlRoot.Load(yaml, out var problem);
        if (node is null)
        {
            report.At(problem.At, $"invalid YAML in the front matter: {problem.Message}");
            return page;
        }

        if (node is YamlScalarNode { Value: null or "" })
        {
            report.At(1, 1, "the front matter is empty: add 'title: ...'");
            return page;
        }

        if (node is not YamlMappingNode root)
        {
            report.At(node.Start, "the front matter must be 'key: value' lines, like 'title: Mijn pagina'");
            return page;
        }

        var hasTitle = false;
        foreach (var (keyNode, value) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (key == FrontMatter.Title)
            {
                hasTitle = true;
            }

            page = ReadKey(page, key, keyNode, value, report);
        }

        if (!hasTitle)
        {
            report.At(1, 1, "the front matter has no 'title': add a line 'title: ...'");
        }

        return page;
    }

    private static Document ReadKey(Document page, string key, YamlNode keyNode, YamlNode value, Reporter report)
    {
        switch (key)
        {
            case FrontMatter.Title or FrontMatter.Description or FrontMatter.NavTitle:
                if (!YamlScalars.TryText(value, out var text) || (key == FrontMatter.Title && string.IsNullOrWhiteSpace(text)))
                {
                    report.At(value.Start, $"'{key}' must be text on the same line, like '{key}: Afstand bewaren'");
                    return page;
                }

                var target = key == FrontMatter.Title ? Keys.Title : key == FrontMatter.Description ? Keys.Description : Keys.NavTitle;
                return YamlScalars.IsNull(value) ? page : page.With(target, text.Trim());
            case FrontMatter.Order:
                if (YamlScalars.TryInteger(value, out var order))
                {
                    return page.With(Keys.Order, (int?)order);
                }

                report.At(value.Start, $"'order' must be a whole number without quotes, like 'order: 2' (found '{Describe(value)}')");
                return page;
            case FrontMatter.Draft or FrontMatter.Glossary:
                if (YamlScalars.TryBoolean(value, out var flag))
                {
                    return page.With(key == FrontMatter.Draft ? Keys.Draft : Keys.Glossary, flag);
                }

                report.At(value.Start, $"'{key}' must be true or false without quotes (found '{Describe(value)}')");
                return page;
            default:
                report.WarnAt(keyNode.Start, $"unknown front matter key '{key}' is ignored{Suggest.DidYouMean(key, FrontMatter.All)}");
                return page;
        }
    }

    private static string Describe(YamlNode node) => node is YamlScalarNode scalar ? scalar.Value ?? "" : node.NodeType.ToString().ToLowerInvariant();

    /// <summary>Turns positions in the YAML block into positions in the page file (the YAML starts on line 2).</summary>
    private sealed class Reporter(DiagnosticBag diagnostics, string source)
    {
        public void At(Mark mark, string message) => At((int)mark.Line, (int)mark.Column, message);

        public void At(int yamlLine, int column, string message) => diagnostics.Error(source, yamlLine + 1, column, message);

        public void WarnAt(Mark mark, string message) => diagnostics.Warning(source, (int)mark.Line + 1, (int)mark.Column, message);
    }
}
