using System.Collections.Immutable;
using StatiqSite.Content;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StatiqSite.Glossary;

/// <summary>
/// Reads one entry of <c>_glossary.yml</c>: known keys with the right types, the required term and definition,
/// the id (given, or the slug of the term). Reports each problem through <c>error</c> at its YAML position.
/// </summary>
internal sealed class GlossaryEntryReader(YamlMappingNode entry, Action<Mark, string> error)
{
    /// <summary>The entry; null when it has no usable term or id (its problems are reported).</summary>
    public GlossaryTerm? Read()
    {
        string? term = null, id = null, definition = null;
        Mark termMark = entry.Start, idMark = entry.Start, definitionMark = entry.Start;
        ImmutableArray<PlacedText> aliases = [], behaviours = [], related = [];
        foreach (var (keyNode, value) in entry.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            switch (key)
            {
                case GlossaryYaml.Term:
                    (term, termMark) = (Text(key, value), keyNode.Start);
                    break;
                case GlossaryYaml.Id:
                    (id, idMark) = (Text(key, value), value.Start);
                    break;
                case GlossaryYaml.Definition:
                    (definition, definitionMark) = (Text(key, value), value.Start);
                    break;
                case GlossaryYaml.Aliases:
                    aliases = List(key, value, "aliases: [empathisch, meevoelen]");
                    break;
                case GlossaryYaml.Behaviours:
                    behaviours = List(key, value, "behaviours:' with lines '- Luistert met aandacht.");
                    break;
                case GlossaryYaml.Related:
                    related = List(key, value, "related: [professionele-afstand]");
                    break;
                default:
                    Fail(keyNode.Start, $"unknown key '{key}'{Suggest.DidYouMean(key, GlossaryYaml.All)}; an entry may have: {string.Join(", ", GlossaryYaml.All)}");
                    break;
            }
        }

        var name = string.IsNullOrWhiteSpace(term) ? "this entry" : $"the term '{term.Trim()}'";
        Require(GlossaryYaml.Term, term, entry.Start, "this entry", "the term as it is displayed");
        Require(GlossaryYaml.Definition, definition, entry.Start, name, "one or two sentences");
        id = CheckId(id, term, idMark);
        // An entry with other errors is still returned when it has a term and an id, so that checks across
        // entries (related ids, clashes) do not report it as missing; the build fails on the errors anyway.
        if (string.IsNullOrWhiteSpace(term) || id is null)
        {
            return null;
        }

        definition ??= "";
        var problems = GlossaryMarkdown.Check(definition).ToList();
        foreach (var problem in problems)
        {
            Fail(definitionMark, problem);
        }

        // A definition with problems is not rendered: the build fails on them anyway, and Markdig may throw on a text
        // beyond the MarkdownLimits.
        definition = problems.Count > 0 ? "" : definition;

        return new GlossaryTerm
        {
            Term = term.Trim(),
            Id = id,
            Place = PlaceOf(termMark),
            IdPlace = PlaceOf(idMark),
            Aliases = aliases,
            Definition = definition,
            DefinitionHtml = GlossaryMarkdown.ToHtml(definition),
            DefinitionText = GlossaryMarkdown.ToText(definition),
            Behaviours = [.. behaviours.Select(b => b.Text)],
            Related = related,
        };
    }

    /// <summary>A required key: missing (null from no key) or empty ("" from a key without value) is an error.</summary>
    private void Require(string key, string? value, Mark at, string name, string what)
    {
        if (value is null && !entry.Children.Keys.OfType<YamlScalarNode>().Any(k => k.Value == key))
        {
            Fail(at, $"{name} has no '{key}': add '{key}: ...' with {what}");
        }
        else if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            Fail(at, $"the '{key}' of {name} is empty: write {what} after '{key}:'");
        }
    }

    private string? CheckId(string? id, string? term, Mark idMark)
    {
        if (id is null)
        {
            var slug = Slug.From(term ?? "");
            if (slug.Length == 0 && !string.IsNullOrWhiteSpace(term))
            {
                Fail(entry.Start, $"no id can be made from the term '{term}': add 'id: ...' with a-z, 0-9 and '-'");
            }

            return slug.Length == 0 ? null : slug;
        }

        if (!Slug.IsValid(id))
        {
            var suggestion = Slug.From(id);
            Fail(idMark, $"the id '{id}' is not valid: use lower case a-z, 0-9 and '-' only" + (suggestion.Length > 0 ? $" (like '{suggestion}')" : ""));
        }

        return id;
    }

    private string? Text(string key, YamlNode value)
    {
        if (YamlScalars.IsNull(value))
        {
            return "";
        }

        if (!YamlScalars.TryText(value, out var text))
        {
            Fail(value.Start, $"'{key}' must be text, not a {Describe(value)}");
            return null;
        }

        return text;
    }

    private ImmutableArray<PlacedText> List(string key, YamlNode value, string example)
    {
        if (YamlScalars.IsNull(value))
        {
            return [];
        }

        if (value is not YamlSequenceNode sequence)
        {
            Fail(value.Start, $"'{key}' must be a list, like '{example}'");
            return [];
        }

        var items = ImmutableArray.CreateBuilder<PlacedText>();
        foreach (var item in sequence)
        {
            if (!YamlScalars.TryText(item, out var text) || string.IsNullOrWhiteSpace(text))
            {
                Fail(item.Start, $"each item of '{key}' must be text, not {(item is YamlScalarNode ? "empty" : "a " + Describe(item))}");
                continue;
            }

            items.Add(new PlacedText(text.Trim(), PlaceOf(item.Start)));
        }

        return items.ToImmutable();
    }

    private void Fail(Mark at, string message) => error(at, message);

    private static YamlPlace PlaceOf(Mark mark) => new((int)mark.Line, (int)mark.Column);

    private static string Describe(YamlNode node) => node is YamlSequenceNode ? "list" : node is YamlMappingNode ? "mapping" : "text";
}
