namespace StatiqSite.Cli.Preview;

/// <summary>
/// What the browser hears after a rebuild (sent as JSON over server-sent events to reload.js), and what
/// <c>/_preview/status</c> answers.
/// </summary>
/// <param name="Kind">One of the <see cref="PreviewEventKinds"/>.</param>
/// <param name="Build">The number of the build it reports, counting from 1.</param>
/// <param name="Changed">The site paths ("/basis/index.html") that changed: for a stylesheet swap, the new stylesheets.</param>
/// <param name="Errors">The build's errors as <c>path:line:column: message</c>, as the terminal shows them.</param>
public sealed record PreviewEvent(string Kind, int Build, IReadOnlyList<string> Changed, IReadOnlyList<string> Errors);

/// <summary>The kinds of <see cref="PreviewEvent"/>; reload.js switches on the same words.</summary>
public static class PreviewEventKinds
{
    /// <summary>Files changed: reload the page.</summary>
    public const string Reload = "reload";

    /// <summary>Only stylesheets changed: swap them without reloading.</summary>
    public const string Css = "css";

    /// <summary>The build failed: show the errors over the last good page.</summary>
    public const string Errors = "errors";

    /// <summary>The build succeeded without changing a file (or the browser just connected): hide any errors.</summary>
    public const string Clean = "clean";
}
