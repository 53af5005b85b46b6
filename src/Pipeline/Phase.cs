namespace StatiqSite.Pipeline;

/// <summary>
/// The phases every pipeline runs through, as in Statiq. All pipelines finish a phase's work
/// in dependency order before post-process starts, so post-process sees every page.
/// </summary>
public enum Phase
{
    /// <summary>Reads documents (files, settings). Runs for all pipelines at once.</summary>
    Input,

    /// <summary>Transforms documents; may read the process outputs of the pipelines it depends on.</summary>
    Process,

    /// <summary>Runs after every pipeline's process phase; may read all of them (layouts, links, navigation).</summary>
    PostProcess,

    /// <summary>Writes documents; runs only when no error was reported.</summary>
    Output,
}
