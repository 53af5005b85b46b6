using System.Collections.Immutable;

namespace StatiqSite.Glossary;

/// <summary>
/// The checked glossary of a build: its terms in file order and the matcher over all their forms, built once
/// (see <see cref="GlossaryChecks.Build"/>) and shared read-only by every page.
/// </summary>
public sealed class GlossaryTerms
{
    /// <summary>A glossary without terms (no <c>_glossary.yml</c>).</summary>
    public static readonly GlossaryTerms Empty = new([], new TermMatcher());

    private readonly Dictionary<string, GlossaryTerm> _byId;

    /// <summary>Creates the glossary; <paramref name="matcher"/>'s term numbers are indexes into <paramref name="terms"/>.</summary>
    public GlossaryTerms(ImmutableArray<GlossaryTerm> terms, TermMatcher matcher)
    {
        Terms = terms;
        Matcher = matcher;
        _byId = terms.ToDictionary(t => t.Id, StringComparer.Ordinal);
    }

    /// <summary>The terms, in the order of the file.</summary>
    public ImmutableArray<GlossaryTerm> Terms { get; }

    /// <summary>Finds every term and alias, with their Dutch forms, in a text.</summary>
    public TermMatcher Matcher { get; }

    /// <summary>The term with that id, or null.</summary>
    public GlossaryTerm? Find(string id) => _byId.GetValueOrDefault(id);
}
