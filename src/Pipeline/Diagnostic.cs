namespace StatiqSite.Pipeline;

/// <summary>How bad a <see cref="Diagnostic"/> is: errors fail the build, warnings do not.</summary>
public enum Severity
{
    /// <summary>Reported, but the build succeeds.</summary>
    Warning,

    /// <summary>The build fails with exit status 1 and writes nothing.</summary>
    Error,
}

/// <summary>
/// A problem in the contributor's content, located in their own file.
/// Printed as <c>path:line:column: message</c>, the format editors and CI annotate.
/// </summary>
/// <param name="Path">File path, relative to the current folder where possible.</param>
/// <param name="Line">1-based line in that file.</param>
/// <param name="Column">1-based column in that file.</param>
public sealed record Diagnostic(string Path, int Line, int Column, Severity Severity, string Message)
{
    /// <inheritdoc />
    public override string ToString() =>
        Severity == Severity.Warning
            ? $"{Path}:{Line}:{Column}: warning: {Message}"
            : $"{Path}:{Line}:{Column}: {Message}";
}
