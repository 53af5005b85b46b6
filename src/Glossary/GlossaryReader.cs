using System.Collections.Immutable;
using StatiqSite.Content;
using StatiqSite.Pipeline;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StatiqSite.Glossary;

/// <summary>
/// Reads the entries of <c>_glossary.yml</c> and checks each on its own: invalid YAML, an entry that is not a
/// mapping, unknown keys, wrong types, a missing term or definition, an id that is not a slug. Every problem is
/// reported at its line in the YAML; entries without a usable term or id are left out. One entry: <see cref="GlossaryEntryReader"/>; checks across entries: <see cref="GlossaryChecks"/>.
/// </summary>
public static class GlossaryReader
{
    /// <summary>The valid entries of <paramref name="yaml"/>, in file order.</summary>
    public static ImmutableArray<GlossaryTerm> Read(string yaml, DiagnosticBag diagnostics)
    {
        void Error(Mark at, string message) => diagnostics.Error(GlossaryYaml.FileName, (int)at.Line, (int)at.Column, message);

        if (YamlRoot.Load(yaml, out var problem) is not { } root)
        {
            Error(problem.At, $"invalid YAML: {problem.Message}");
            return [];
        }

        if (YamlScalars.IsNull(root) || root is YamlScalarNode { Value: null or "" })
        {
            return [];
        }

        if (root is not YamlSequenceNode list)
        {
            Error(root.Start, "the glossary must be a list of terms, each starting with '- term: ...'");
            return [];
        }

        var terms = ImmutableArray.CreateBuilder<GlossaryTerm>();
        foreach (var item in list)
        {
            if (item is not YamlMappingNode entry)
            {
                Error(item.Start, "each entry must be a term with keys, like '- term: Empathie' with 'definition: ...' below it");
                continue;
            }

            if (new GlossaryEntryReader(entry, Error).Read() is { } term)
            {
                terms.Add(term);
            }
        }

        return terms.ToImmutable();
    }
}
