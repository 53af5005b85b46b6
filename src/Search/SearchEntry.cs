namespace StatiqSite.Search;

/// <summary>What a search result points at.</summary>
public enum SearchEntryKind
{
    /// <summary>A page: its title and the text before its first heading.</summary>
    Page,

    /// <summary>An h2 or h3 of a page with the text below it.</summary>
    Section,

    /// <summary>A term of the glossary with its definition.</summary>
    Term,

    /// <summary>A quiz question.</summary>
    Question,
}

/// <summary>
/// One findable thing: a page, a section, a glossary term or a quiz question, at <see cref="Destination"/> +
/// "#" + <see cref="Anchor"/>. <see cref="Title"/> is what a result shows first (the page title, or the term),
/// <see cref="Heading"/> the line under it (section heading, quiz title), <see cref="Text"/> the body text.
/// </summary>
public sealed record SearchEntry(SearchEntryKind Kind, string Destination, string Anchor, string Title, string Heading, string Text);
