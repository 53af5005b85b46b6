namespace StatiqSite.Content;

/// <summary>
/// An internal link written in a page, kept with its place in the source so a broken one can be reported there.
/// </summary>
/// <param name="TargetSource">Input-relative path of the linked file (the page itself for "#anchor" links).</param>
/// <param name="Anchor">The fragment without '#', or null.</param>
/// <param name="Line">1-based line in the source file.</param>
/// <param name="Column">1-based column in the source file.</param>
/// <param name="Written">The link as the contributor wrote it.</param>
/// <param name="Url">The URL the link was rewritten to in the page's HTML.</param>
public sealed record LinkReference(string TargetSource, string? Anchor, int Line, int Column, string Written, string Url);
