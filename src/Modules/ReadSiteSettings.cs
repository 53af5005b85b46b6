using System.Collections.Immutable;
using System.Text.RegularExpressions;
using StatiqSite.Content;
using StatiqSite.Markdown;
using StatiqSite.Pipeline;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StatiqSite.Modules;

/// <summary>
/// Reads <c>input/_site.yml</c> into one document carrying <see cref="Keys.Site"/>. Missing file: defaults.
/// Unknown keys are warnings; non-text values, a <c>base_url</c> that is not an absolute http(s) URL, an
/// <c>edit_url</c> that <see cref="UrlPolicy"/> does not allow (<c>javascript:</c>) and a <c>language</c> that is
/// not a language tag (<c>nl</c>, <c>nl-BE</c>) are errors. Read like every input text (<see cref="InputText"/>),
/// and only when <see cref="InputFiles"/> allows it (not a link leading outside, ...).
/// </summary>
public sealed partial class ReadSiteSettings : Module
{
    /// <summary>The settings file's name in <c>input/</c>.</summary>
    public const string FileName = "_site.yml";

    private static readonly string[] Known = ["title", "description", "language", "base_url", "edit_url"];

    /// <inheritdoc />
    protected override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var settings = new SiteSettings();
        if (InputFiles.RefusalOf(context.Settings.InputDirectory, FileName) is { } refusal)
        {
            context.Diagnostics.Error(FileName, 1, 1, refusal);
        }
        else if (File.Exists(Path.Combine(context.Settings.InputDirectory, FileName)) &&
                 InputText.Read(context.Settings.InputDirectory, FileName, context.Diagnostics) is { } yaml)
        {
            settings = Read(yaml, context.Diagnostics);
        }

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
                "language" => settings with { Language = CheckLanguage(text, value, diagnostics) },
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

    private static string CheckLanguage(string text, YamlNode node, DiagnosticBag diagnostics)
    {
        if (LanguageTag().IsMatch(text))
        {
            return text;
        }

        diagnostics.Error(FileName, (int)node.Start.Line, (int)node.Start.Column,
            $"'language' must be a language tag like 'nl' or 'nl-BE' (found '{text}'): the site is Dutch, so normally 'language: nl'");
        return new SiteSettings().Language;
    }

    /// <summary>A BCP 47 tag as far as a site needs: a 2-3 letter language, then subtags of 2-8 letters or digits.</summary>
    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();

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
