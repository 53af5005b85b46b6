using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace StatiqSite.Search;

/// <summary>
/// Splits the inverted index into shards keyed by term prefix. Everything fits one shard (prefix "") while it is
/// within budget; a larger group is split by one more character, up to <see cref="MaximumPrefix"/>. The browser
/// loads, for a query term, every shard whose prefix starts with the term or is a prefix of it.
/// A shard is a JSON object, terms sorted, each term's postings a flat array: id, score, id gap, score, ...
/// </summary>
public static class SearchShards
{
    /// <summary>The longest prefix a shard is keyed by.</summary>
    public const int MaximumPrefix = 3;

    /// <summary>The shards of <paramref name="postings"/>, in prefix order, with their JSON.</summary>
    public static IReadOnlyList<(string Prefix, string Json)> Split(SortedDictionary<string, List<(int Id, int Score)>> postings, int budget)
    {
        var lines = postings.Select(p => (Term: p.Key, Json: Line(p.Key, p.Value))).ToList();
        var shards = new List<(string Prefix, string Json)>();
        Split("", lines, budget, shards);
        return shards;
    }

    private static void Split(string prefix, List<(string Term, string Json)> lines, int budget, List<(string, string)> shards)
    {
        if (prefix.Length == MaximumPrefix || lines.Count == 1 || lines.Sum(l => l.Json.Length + 1) + 2 <= budget)
        {
            shards.Add((prefix, "{" + string.Join(',', lines.Select(l => l.Json)) + "}"));
            return;
        }

        var length = prefix.Length + 1;
        foreach (var group in lines.GroupBy(l => l.Term[..Math.Min(l.Term.Length, length)]))
        {
            Split(group.Key, [.. group], budget, shards);
        }
    }

    private static string Line(string term, List<(int Id, int Score)> postings)
    {
        var builder = new StringBuilder(JsonSerializer.Serialize(term, Encoding)).Append(":[");
        var previous = 0;
        foreach (var (id, score) in postings)
        {
            builder.Append((id - previous).ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(score.ToString(CultureInfo.InvariantCulture)).Append(',');
            previous = id;
        }

        builder[^1] = ']';
        return builder.ToString();
    }

    private static readonly JsonSerializerOptions Encoding = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
