using System.Collections.Immutable;

namespace StatiqSite.Glossary;

/// <summary>A place in <c>_glossary.yml</c> (1-based), for messages that point at the contributor's line.</summary>
public readonly record struct YamlPlace(int Line, int Column);

/// <summary>A text written in <c>_glossary.yml</c> with the place it was written.</summary>
public sealed record PlacedText(string Text, YamlPlace Place);

/// <summary>One entry of the competency glossary, validated.</summary>
public sealed record GlossaryTerm
{
    /// <summary>The term as displayed ("Professionele afstand").</summary>
    public required string Term { get; init; }

    /// <summary>The anchor on the glossary page: the <c>id</c> key, else the slug of the term.</summary>
    public required string Id { get; init; }

    /// <summary>Where the entry starts (its <c>term</c> key, or the list item).</summary>
    public required YamlPlace Place { get; init; }

    /// <summary>Where the id was written, or the entry's place when it is the default.</summary>
    public required YamlPlace IdPlace { get; init; }

    /// <summary>Other forms that link to this term, as written.</summary>
    public ImmutableArray<PlacedText> Aliases { get; init; } = [];

    /// <summary>The definition's Markdown source.</summary>
    public required string Definition { get; init; }

    /// <summary>The definition rendered to HTML (raw HTML in the YAML is escaped).</summary>
    public required string DefinitionHtml { get; init; }

    /// <summary>The definition as plain text, for tooltips and structured data.</summary>
    public required string DefinitionText { get; init; }

    /// <summary>Observable behaviours (gedragsindicatoren), plain text.</summary>
    public ImmutableArray<string> Behaviours { get; init; } = [];

    /// <summary>Ids of related terms, as written.</summary>
    public ImmutableArray<PlacedText> Related { get; init; } = [];
}
