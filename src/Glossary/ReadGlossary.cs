using System.Collections.Immutable;
using StatiqSite.Content;
using StatiqSite.Pipeline;

namespace StatiqSite.Glossary;

/// <summary>
/// Reads <c>input/_glossary.yml</c>, checks it (each entry, then across entries) and builds the term matcher
/// once for the whole build. Every problem is reported at its line in the YAML, all at once.
/// Writes: one document carrying <see cref="GlossaryKeys.Terms"/> (empty when there is no glossary file).
/// </summary>
public sealed class ReadGlossary : Module
{
    /// <inheritdoc />
    protected override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var path = Path.Combine(context.Settings.InputDirectory, GlossaryYaml.FileName);
        var glossary = File.Exists(path)
            ? GlossaryChecks.Build(GlossaryReader.Read(File.ReadAllText(path), context.Diagnostics), context.Diagnostics)
            : GlossaryTerms.Empty;
        return [new Document { Source = GlossaryYaml.FileName, Destination = GlossaryYaml.FileName }.With(GlossaryKeys.Terms, glossary)];
    }
}
