namespace StatiqSite.Pipeline;

/// <summary>How long one module took in one pipeline phase, for <c>build --timings</c>.</summary>
public sealed record ModuleTiming(string Pipeline, Phase Phase, int Index, string Module, TimeSpan Elapsed, int Documents);
