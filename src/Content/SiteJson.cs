using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace StatiqSite.Content;

/// <summary>
/// The JSON the build reads and writes, with serializers generated at compile time instead of found by reflection,
/// so the generator runs the same when it is compiled ahead of time (Native AOT, docs/performance.md).
/// </summary>
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(SortedDictionary<string, string>))]
[JsonSerializable(typeof(System.Collections.Immutable.ImmutableArray<string>))]
internal sealed partial class SiteJson : JsonSerializerContext
{
    /// <summary>
    /// Escapes only what JSON requires (letters such as "ë" stay readable), for JSON that is HTML-encoded as a whole
    /// where it goes into a page, or that is served as a script file of its own.
    /// </summary>
    public static SiteJson Relaxed { get; } = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
