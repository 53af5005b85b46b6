namespace StatiqSite.Pipeline;

/// <summary>The options of one build, from the command line. Immutable; shared by all modules.</summary>
public sealed record BuildSettings
{
    /// <summary>The content folder (<c>input/</c>).</summary>
    public required string InputDirectory { get; init; }

    /// <summary>The theme folder (<c>theme/</c>).</summary>
    public required string ThemeDirectory { get; init; }

    /// <summary>The folder the site is written to (<c>output/</c>).</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>
    /// The path the site is served under, always starting and ending with '/'. Pages link relatively, so
    /// this only matters where relative links cannot work: the 404 page and absolute URLs.
    /// </summary>
    public string BasePath { get; init; } = "/";

    /// <summary>Whether pages with <c>draft: true</c> are built.</summary>
    public bool IncludeDrafts { get; init; }

    /// <summary>
    /// When set, nothing is written (the <c>check</c> command, the preview): the output phase still runs, so pages are
    /// laid out, but modules that write (WriteFiles) leave the documents as they are, for the caller.
    /// </summary>
    public bool DryRun { get; init; }


    /// <summary>
    /// Whether the modules wrapped in <see cref="CacheDocuments"/> remember their results for the next run of the
    /// same engine (the preview rebuilds this way). Off for a single build, which would only pay for it.
    /// </summary>
    public bool Incremental { get; init; }
}
