using System.Collections.Immutable;
using StatiqSite.Pipeline;

namespace StatiqSite.Glossary;

/// <summary>The glossary feature's metadata keys. The comment says which module writes it.</summary>
public static class GlossaryKeys
{
    /// <summary>The checked glossary of the build, with its term matcher (ReadGlossary).</summary>
    public static readonly Key<GlossaryTerms> Terms = new("glossary_terms");

    /// <summary>Ids of the glossary terms linked on the page, in page order (LinkGlossaryTerms).</summary>
    public static readonly Key<ImmutableArray<string>> TermsUsed = new("terms_used");
}
