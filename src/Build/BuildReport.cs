using StatiqSite.Pipeline;

namespace StatiqSite.Build;

/// <summary>The outcome of <see cref="SiteBuild.RunAsync"/>: problems, counts and timings.</summary>
public sealed record BuildReport(EngineResult Result, int Pages, int Files, TimeSpan Elapsed)
{
    /// <summary>Whether the build succeeded (no errors).</summary>
    public bool Succeeded => Result.Succeeded;

    /// <summary>The errors and warnings, sorted.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => Result.Diagnostics;
}
