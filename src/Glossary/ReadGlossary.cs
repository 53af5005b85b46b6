using System.Collections.Immutable;
using StatiqSite.Content;
using StatiqSite.Pipeline;

namespace StatiqSite.Glossary;

/// <summary>
/// Reads <c>input/_glossary.yml</c>, checks it (each entry, then across entries) and builds the term matcher
/// once for the whole build. Every problem is reported at its line in the YAML, all at once. Read like every
/// input text (<see cref="InputText"/>), and only when <see cref="InputFiles"/> allows it.
/// Writes: one document carrying <see cref="GlossaryKeys.Terms"/> (empty when there is no glossary file).
/// </summary>
public sealed class ReadGlossary : Module
{
    /// <inheritdoc />
    protected override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var glossary = GlossaryTerms.Empty;
        if (InputFiles.RefusalOf(context.Settings.InputDirectory, GlossaryYaml.FileName) is { } refusal)
        {
            context.Diagnostics.Error(GlossaryYaml.FileName, 1, 1, refusal);
        }
        else if (File.Exists(Path.Combine(context.Settings.InputDirectory, GlossaryYaml.FileName)) &&
                 InputText.Read(context.Settings.InputDirectory, GlossaryYaml.FileName, context.Diagnostics) is { } yaml)
        {
            glossary = GlossaryChecks.Build(GlossaryReader.Read(yaml, context.Diagnostics), context.Diagnostics);
        }

        return [new Document { Source = GlossaryYaml.FileName, Destination = GlossaryYaml.FileName }.With(GlossaryKeys.Terms, glossary)];
    }
}
