using System.Collections.Immutable;
using StatiqSite.Pipeline;

namespace StatiqSite.Scenarios;

/// <summary>The scenario feature's metadata keys. The comment says which module writes it.</summary>
public static class ScenarioKeys
{
    /// <summary>The scenarios of the page, with their ids and places, for the site-wide id check (ReadScenarioBlocks).</summary>
    public static readonly Key<ImmutableArray<ScenarioEntry>> Scenarios = new("scenarios");
}
