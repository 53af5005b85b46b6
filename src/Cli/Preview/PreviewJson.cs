using System.Text.Json;
using System.Text.Json.Serialization;

namespace StatiqSite.Cli.Preview;

/// <summary>The preview's messages to the browser as JSON (camelCase), serializers generated at compile time (<see cref="Content.SiteJson"/>).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(PreviewEvent))]
internal sealed partial class PreviewJson : JsonSerializerContext;
