using System.Security.Cryptography;
using System.Text;
using StatiqSite.Pipeline;

namespace StatiqSite.Modules;

/// <summary>
/// Puts a hash of each asset's content into its file name (<c>assets/css/site.css</c> becomes
/// <c>assets/css/site.1a2b3c4d5e.css</c>), so hosts can cache assets forever and a change still reaches readers.
/// Layouts link assets by their logical name, through the <c>assets</c> map.
/// </summary>
public sealed class FingerprintAssets : DocumentModule
{
    /// <inheritdoc />
    protected override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        var bytes = input.Bytes?.ToArray() ?? Encoding.UTF8.GetBytes(input.Content);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
        var extension = Path.GetExtension(input.Destination);
        yield return input with { Destination = input.Destination[..^extension.Length] + "." + hash + extension };
    }
}
