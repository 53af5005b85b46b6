using StatiqSite.Pipeline;

namespace StatiqSite.Glossary;

/// <summary>How modules and Markdown steps reach the build's glossary.</summary>
public static class GlossaryContext
{
    /// <summary>The glossary read by the Glossary pipeline (empty when there is no <c>_glossary.yml</c>).</summary>
    public static GlossaryTerms Glossary(this IExecutionContext context) =>
        context.OutputsOf(Content.PipelineNames.Glossary).SingleOrDefault()?.Get(GlossaryKeys.Terms) ?? GlossaryTerms.Empty;
}
