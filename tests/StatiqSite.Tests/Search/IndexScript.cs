using System.Text.Json;
using StatiqSite.Search;

namespace StatiqSite.Tests.Search;

/// <summary>Reads an index file as search.js receives it: the JSON data of its one <c>siteSearch.loaded</c> call.</summary>
public static class IndexScript
{
    /// <summary>
    /// The data of the index file at <paramref name="path"/> (<c>search/terms-0.hash.js</c>); fails unless the file
    /// is exactly <c>siteSearch.loaded("terms-0.hash.js",data);</c> with its own name.
    /// </summary>
    public static JsonElement Data(string path, string script)
    {
        var head = $"{SearchIndexFiles.Callback}(\"{path[SearchIndexFiles.Folder.Length..]}\",";
        Assert.StartsWith(head, script, StringComparison.Ordinal);
        Assert.EndsWith(");\n", script, StringComparison.Ordinal);
        return JsonDocument.Parse(script[head.Length..^3]).RootElement;
    }
}
