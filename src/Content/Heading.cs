namespace StatiqSite.Content;

/// <summary>A heading of a page, for the table of contents and anchor validation.</summary>
public sealed record Heading(int Level, string Text, string Id);
