using System.Collections.Immutable;

namespace StatiqSite.Pipeline;

/// <summary>The time per document of one module that works document by document (see <see cref="ParallelDocuments"/>).</summary>
public sealed record DocumentTimings(string Pipeline, Phase Phase, string Module, ImmutableArray<DocumentTime> Times);
