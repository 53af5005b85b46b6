using System.Collections.Immutable;
using StatiqSite.Content;
using StatiqSite.Markdown;
using StatiqSite.Pipeline;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StatiqSite.Modules;

/// <summary>
/// Reads <c>input/_site.yml</c> into one document carrying <see cref="Keys.Site"/>. Missing file: defaults.
/// Unknown keys are warnings; non-text values, a <c>base_url</c> that is not an absolute http(s) URL and an
/// <c>edit_url</c> that <see cref="UrlPolicy"/> does not allow (<c>javascript:</c>) are errors.
/// </summary>
public sealed class ReadSiteSettings : Module
{
    /// <summary>The settings file's name in <c>input/</c>.</summary>
    public const string FileName = "_site.yml";

    private static readonly string[] Known = ["title", "description", "language", "base_url", "edit_url"];

    /// <inheritdoc />
    protected override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var path = Path.Combine(context.Settings.InputDirectory, FileName);
        var settings = File.Exists(path) ? Read(File.ReadAllText(path), context.Diagnostics) : new SiteSettings();
        return [new Document { Source = FileName, Destination = FileName }.With(Keys.Site, settings)];
    }

    private static SiteSettings Read(string yaml, DiagnosticBag diagnostics)
    {
        var settings = new SiteSettings();
        var node = YamlRoot.Load(yaml, out var problem);
        if (node is null)
        {
            diagnostics.Error(FileName, (int)problem.At.Line, (int)problem.At.Column, $"invalid YAML: {problem.Message}");
            return settings;
        }

        if (node is not YamlMappingNode root)
        {
            diagnostics.Error(FileName, 1, 1, "the site settings must be 'key: value' lines, like 'title: Afstand bewaren'");
            return settings;
        }

        foreach (var (keyNode, value) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!Known.Contains(key))
            {
                diagnostics.Warning(FileName, (int)keyNode.Start.Line, (int)keyNode.Start.Column,
                    $"unknown setting '{key}' is ignored{Suggest.DidYouMean(key, Known)}");
                continue;
            }

            if (!YamlScalars.TryText(value, out var text))
            {
                diagnostics.Error(FileName, (int)value.Start.Line, (int)value.Start.Column, $"'{key}' must be text");
                continue;
            }

            text = text.Trim();
            settings = key switch
            {
                "title" => settings with { Title = text },
                "description" => settings with { Description = text },
                "language" => settings with { Language = text },
                "edit_url" => settings with { EditUrl = CheckEditUrl(text, value, diagnostics) },
                _ => settings with { BaseUrl = CheckBaseUrl(text, value, diagnostics) },
            };
        }

        return settings;
    }

    private static string CheckEditUrl(string text, YamlNode node, DiagnosticBag diagnostics)
    {
        if (UrlPolicy.Problem(text, UrlPolicy.Link) is not { } problem)
        {
            return text;
        }

        diagnostics.Error(FileName, (int)node.Start.Line, (int)node.Start.Column, $"'edit_url': {problem}");
        return "";
    }

    private static string CheckBaseUrl(string text, YamlNode node, DiagnosticBag diagnostics)
    {
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return text.TrimEnd('/');
        }

        diagnostics.Error(FileName, (int)node.Start.Line, (int)node.Start.Column,
            $"'base_url' must be the absolute address of the site, like 'https://afstand-bewaren.example.org' (found '{text}')");
        return "";
    }
}
