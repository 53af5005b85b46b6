using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using StatiqSite.Content;

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

    /// <summary>The shards of <paramref name="postings"/>, in prefix order, with their JSON as UTF-8.</summary>
    /// <param name="postings">The inverted index.</param>
    /// <param name="budget">A shard's size in bytes of JSON above which it is split, while its prefix may grow.</param>
    public static IReadOnlyList<(string Prefix, byte[] Json)> Split(SortedDictionary<string, List<(int Id, int Score)>> postings, int budget)
    {
        // Each term's JSON is made once, as UTF-8 (what is written), and copied once into its shard: a large
        // site's index is written without a text copy of it.
        var lines = postings.Select(p => (Term: p.Key, Json: Line(p.Key, p.Value))).ToList();
        var shards = new List<(string Prefix, byte[] Json)>();
        Split("", lines, budget, shards);
        return shards;
    }

    private static void Split(string prefix, List<(string Term, byte[] Json)> lines, int budget, List<(string, byte[])> shards)
    {
        if (prefix.Length == MaximumPrefix || lines.Count == 1 || lines.Sum(l => l.Json.Length + 1) + 2 <= budget)
        {
            shards.Add((prefix, Join(lines)));
            return;
        }

        var length = prefix.Length + 1;
        foreach (var group in lines.GroupBy(l => l.Term[..Math.Min(l.Term.Length, length)]))
        {
            Split(group.Key, [.. group], budget, shards);
        }
    }

    /// <summary>The lines as one JSON object: <c>{line,line,...}</c>.</summary>
    private static byte[] Join(List<(string Term, byte[] Json)> lines)
    {
        var json = new byte[lines.Sum(l => l.Json.Length) + Math.Max(lines.Count - 1, 0) + 2];
        var at = 0;
        json[at++] = (byte)'{';
        foreach (var (_, line) in lines)
        {
            if (at > 1)
            {
                json[at++] = (byte)',';
            }

            line.CopyTo(json, at);
            at += line.Length;
        }

        json[at] = (byte)'}';
        return json;
    }

    private static byte[] Line(string term, List<(int Id, int Score)> postings)
    {
        var builder = new StringBuilder(JsonSerializer.Serialize(term, SiteJson.Relaxed.String)).Append(":[");
        var previous = 0;
        foreach (var (id, score) in postings)
        {
            builder.Append((id - previous).ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(score.ToString(CultureInfo.InvariantCulture)).Append(',');
            previous = id;
        }

        builder[^1] = ']';
        return System.Text.Encoding.UTF8.GetBytes(builder.ToString());
    }

}
