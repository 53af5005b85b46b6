namespace StatiqSite.Build;

/// <summary>
/// Tells errors of the machine (a read-only or full disk, a folder in use, a mount point) from bugs, wherever they
/// surface: straight from a file call, or wrapped by the parallel loops of the engine.
/// </summary>
public static class MachineErrors
{
    /// <summary>The first file-system error in <paramref name="e"/> or what it wraps, or null when there is none.</summary>
    public static Exception? Find(Exception e) => e switch
    {
        IOException or UnauthorizedAccessException => e,
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.Select(Find).FirstOrDefault(found => found is not null),
        { InnerException: { } inner } => Find(inner),
        _ => null,
    };

    /// <summary>The message for a file-system error during a build into <paramref name="output"/>: what failed, where, and what to do.</summary>
    public static string Describe(Exception error, string output) =>
        $"the build could not read or write a file: {error.Message.TrimEnd('.')}. "
        + $"Check that the disk has room, that '{output}' and the folder it is in may be written, and that no other program holds them; "
        + $"if '{output}' is a mount point, build into a folder inside it (--output {output}/site). The previous output was left as it was.";
}
